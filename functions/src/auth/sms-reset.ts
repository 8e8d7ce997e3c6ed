import { timingSafeEqual } from 'node:crypto';
import { renderSms } from '@trellis/shared/notify/sms-templates';
import { findAccountIdByLogin, getAccountWithMemberships } from '../adapters/dynamodb/account/account-store';
import { putOutboxItem } from '../adapters/dynamodb/outbox/outbox-store';
import { resetPasswordByCode } from '../adapters/dynamodb/account/password-change-store';
import { countCodeAttempt, deleteVerificationCode, getVerificationCode, verificationCodeItem } from '../adapters/dynamodb/verification-code/verification-code-store';
import { keys } from '@trellis/shared/data/keys';
import { takeSendAllowance } from '../adapters/dynamodb/throttle/send-throttle';
import { transact } from '../adapters/dynamodb/table/transact';
import { Throttled, ValidationError } from '../errors';
import { takePlatformCodeSms } from '../security/code-sms-allowance';
import { hashPassword } from '../security/password-hash';
import { newId, numericCode, sha256 } from '../security/tokens';

const CODE_TTL_MS = 10 * 60_000;
const WINDOW_MS = 15 * 60_000;
const MAX_PER_PHONE = 3;
const MAX_PER_IP = 10;
const MAX_PER_ACCOUNT = 3;
const MAX_ATTEMPTS = 5;

/**
 * Sends a 6-digit reset code to a verified number, through the SMS outbox. The answer is the
 * same whether or not the number belongs to anyone. Requests are limited per number, per IP and
 * per account (where the number has one), each counted by one atomic conditional ADD before
 * anything is sent, so concurrent requests cannot pass together; over the platform's code SMS
 * allowance per minute the code is not sent either (still the same answer, nothing leaks).
 */
export async function requestResetCode(phone: string, clientIp: string, now = Date.now()): Promise<void> {
  const accountId = await findAccountIdByLogin({ phone });
  const allowed = await takeSendAllowance([
    { kind: 'sms', value: `phone:${phone}`, max: MAX_PER_PHONE },
    { kind: 'sms', value: `ip:${clientIp}`, max: MAX_PER_IP },
    ...(accountId ? [{ kind: 'sms' as const, value: `acct:${accountId}`, max: MAX_PER_ACCOUNT }] : []),
  ], WINDOW_MS, now);
  if (!allowed) throw new Throttled('sms.too_many_requests');
  const loaded = accountId ? await getAccountWithMemberships(accountId) : null;
  if (!loaded || loaded.account.status !== 'active' || !loaded.account.phoneVerified) return;
  if (!(await takePlatformCodeSms(now))) {
    console.warn(JSON.stringify({ level: 'warn', message: 'platform code SMS allowance used up; reset code not sent', template: 'auth.reset_code' }));
    return;
  }
  const code = numericCode(6);
  const expiresAt = now + CODE_TTL_MS;
  await transact([
    verificationCodeItem(keys.resetCode(phone), { phone, accountId: loaded.account.id, codeHash: sha256(code), expiresAt, attempts: 0 }),
    putOutboxItem({
      id: newId('sms', 16), to: phone, template: 'auth.reset_code', text: renderSms('auth.reset_code', { code }),
      createdAt: new Date(now).toISOString(),
    }),
  ]);
}

/**
 * Checks the code (single use, at most 5 attempts, 10 minutes) and sets the new password,
 * only while the account still has this number, verified, and is active.
 */
export async function resetWithCode(phone: string, code: string, next: string, now = Date.now()): Promise<void> {
  const key = keys.resetCode(phone);
  const stored = await getVerificationCode(key);
  if (!stored || stored.expiresAt < now) throw new ValidationError({ code: ['code.invalid'] });
  if (!(await countCodeAttempt(key, MAX_ATTEMPTS))) throw new Throttled('code.attempts_exceeded');
  if (!timingSafeEqual(Buffer.from(sha256(code)), Buffer.from(stored.codeHash))) {
    throw new ValidationError({ code: ['code.invalid'] });
  }
  try {
    await resetPasswordByCode(key, stored.codeHash, stored.accountId, stored.phone, await hashPassword(next));
  } catch (error) {
    // A number moved, unverified or a disabled account: the code is of no more use.
    if (error instanceof ValidationError) await deleteVerificationCode(key);
    throw error;
  }
}
