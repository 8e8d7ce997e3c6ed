import { countAttempt, forgetAttempt, type AttemptSubject } from '../adapters/dynamodb/throttle/throttle-store';
import { takeCaptcha } from '../adapters/dynamodb/captcha/captcha-store';
import { config } from '../config';
import { AuthRequired } from '../errors';
import { sha256 } from '../security/tokens';
import { timingSafeEqual } from 'node:crypto';
import { loginKey } from './login-name';

/** After 5 failed logins in 15 minutes for one account name, a captcha is required. */
export const MAX_FAILURES = 5;
/**
 * Per IP the threshold is far higher: a whole school may sit behind one NAT address, and one
 * person's mistakes must not put a captcha in front of every colleague. 50 failures in 15
 * minutes from one address still stop a password spray across many accounts.
 */
export const IP_MAX_FAILURES = 50;
export const WINDOW_MS = 15 * 60_000;
const LIMITS: Record<AttemptSubject['kind'], number> = { login: MAX_FAILURES, ip: IP_MAX_FAILURES };

/** The attempts on the account-name scale: how far the strictest subject is from its limit, plus MAX_FAILURES. */
function pressure(subjects: AttemptSubject[], counts: number[]): number {
  return Math.max(...subjects.map((s, i) => (counts[i] ?? 0) - LIMITS[s.kind] + MAX_FAILURES));
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Counted per login as the lookup reads it (E.164 phone or lowercased username) and per IP. */
export function loginSubjects(login: string, ip: string): AttemptSubject[] {
  return [
    { kind: 'login', value: loginKey(login) },
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
 * Before checking a password, the attempt is counted atomically (so parallel attempts each
 * see their own count). Beyond the limit, a solved captcha is required and the attempt is
 * delayed. Returns the attempts counted, this one included, on the account-name scale (see
 * `pressure`); `passedLogin` takes a right one back, so only failures stay counted.
 */
export async function guardLogin(
  subjects: AttemptSubject[],
  captcha: { id?: string; answer?: string },
  now = Date.now(),
): Promise<number> {
  const attempts = pressure(subjects, await countAttempt(subjects, WINDOW_MS, now));
  if (attempts <= MAX_FAILURES) return attempts;
  if (!captcha.id) throw new AuthRequired('auth.captcha_required', { captchaRequired: true });
  const solved = await captchaSolved(captcha.id, captcha.answer, now);
  await sleep(config().LOGIN_THROTTLE_DELAY_MS);
  if (!solved) throw new AuthRequired('auth.captcha_invalid', { captchaRequired: true });
  return attempts;
}

/** The password was right: the attempt counted by `guardLogin` at `now` is taken back. */
export async function passedLogin(subjects: AttemptSubject[], now: number): Promise<void> {
  await forgetAttempt(subjects, WINDOW_MS, now);
}

/** A failed password check (already counted); the message never tells whether the login exists. */
export function failLogin(attempts: number): never {
  throw new AuthRequired('auth.invalid_credentials', { captchaRequired: attempts >= MAX_FAILURES });
}
