import { countRecent, recordFailure, type ThrottleSubject } from '../adapters/dynamodb/throttle-store';
import { takeCaptcha } from '../adapters/dynamodb/captcha-store';
import { config } from '../config';
import { AuthRequired } from '../errors';
import { sha256 } from '../security/tokens';
import { timingSafeEqual } from 'node:crypto';

/** After 5 failed logins in 15 minutes for an account name or an IP, a captcha is required. */
export const MAX_FAILURES = 5;
export const WINDOW_MS = 15 * 60_000;

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export function loginSubjects(login: string, ip: string): ThrottleSubject[] {
  return [
    { kind: 'login', value: login.trim().toLowerCase() },
    { kind: 'ip', value: ip },
  ];
}

export async function captchaSolved(id: string | undefined, answer: string | undefined, now: number): Promise<boolean> {
  if (!id || !answer) return false;
  const stored = await takeCaptcha(id);
  if (!stored || stored.expiresAt < now) return false;
  return timingSafeEqual(Buffer.from(sha256(answer)), Buffer.from(stored.answerHash));
}

/**
 * Before checking a password: when the subjects are over the limit, a solved captcha is
 * required and the attempt is delayed. Returns the current failure count.
 */
export async function guardLogin(
  subjects: ThrottleSubject[],
  captcha: { id?: string; answer?: string },
  now = Date.now(),
): Promise<number> {
  const counts = await countRecent(subjects, WINDOW_MS, now);
  const failures = Math.max(...counts);
  if (failures < MAX_FAILURES) return failures;
  if (!captcha.id) throw new AuthRequired('auth.captcha_required', { captchaRequired: true });
  const solved = await captchaSolved(captcha.id, captcha.answer, now);
  await sleep(config().LOGIN_THROTTLE_DELAY_MS);
  if (!solved) {
    await recordFailure(subjects, WINDOW_MS, now);
    throw new AuthRequired('auth.captcha_invalid', { captchaRequired: true });
  }
  return failures;
}

/** Records a failed password check; the message never tells whether the login exists. */
export async function failLogin(subjects: ThrottleSubject[], failures: number, now = Date.now()): Promise<never> {
  await recordFailure(subjects, WINDOW_MS, now);
  throw new AuthRequired('auth.invalid_credentials', { captchaRequired: failures + 1 >= MAX_FAILURES });
}
