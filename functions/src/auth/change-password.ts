import type { PasswordChanged } from '@trellis/shared/auth/views';
import { getPasswordHash } from '../adapters/dynamodb/account/account-store';
import { replacePasswordAndSession } from '../adapters/dynamodb/account/password-change-store';
import { ValidationError } from '../errors';
import { hashPassword, verifyPassword } from '../security/password-hash';
import { passedLogin } from './login-throttle';
import { guardPasswordChange, passwordChangeSubjects } from './password-change-throttle';
import type { Authenticated } from './resolve-actor';
import { issueSession } from './session-issue';

/**
 * The signed-in person changes their password (also the forced change after a reset).
 * Wrong current passwords are throttled per account, like logins.
 * All their sessions end; the one making the change is replaced by a fresh session,
 * whose token is returned.
 */
export async function changePassword(
  auth: Authenticated,
  tokenHash: string,
  current: string,
  next: string,
  now = Date.now(),
): Promise<PasswordChanged> {
  const subjects = passwordChangeSubjects(auth.account.id);
  await guardPasswordChange(subjects, now);
  const hash = await getPasswordHash(auth.account.id);
  if (!hash || !(await verifyPassword(current, hash))) {
    throw new ValidationError({ current: ['password.wrong'] });
  }
  await passedLogin(subjects, now);
  if (current === next) throw new ValidationError({ next: ['password.unchanged'] });
  const issued = issueSession(auth.account.id, (auth.account.sessionEpoch ?? 0) + 1, now);
  await replacePasswordAndSession({
    account: auth.account, passwordHash: await hashPassword(next), oldTokenHash: tokenHash, next: issued.record, idleMs: issued.idleMs,
  });
  return { token: issued.token, expiresAt: issued.expiresAt };
}
