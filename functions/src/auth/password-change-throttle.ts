import { countAttempt, type AttemptSubject } from '../adapters/dynamodb/throttle/throttle-store';
import { Throttled } from '../errors';
import { MAX_FAILURES, WINDOW_MS } from './login-throttle';

/** Counted per account (ids hold no ':', usernames and E.164 numbers never start with "account:"). */
export function passwordChangeSubjects(accountId: string): AttemptSubject[] {
  return [{ kind: 'login', value: `account:${accountId}` }];
}

/**
 * Counts a current-password check before it is made, atomically, like a login: beyond
 * 5 wrong ones in 15 minutes the change is refused (429) without checking, so a stolen
 * session cannot guess the password. A right check is taken back with `passedLogin`.
 */
export async function guardPasswordChange(subjects: AttemptSubject[], now: number): Promise<void> {
  const attempts = Math.max(...(await countAttempt(subjects, WINDOW_MS, now)));
  if (attempts > MAX_FAILURES) throw new Throttled('password.too_many_attempts');
}
