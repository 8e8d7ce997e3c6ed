import { timingSafeEqual } from 'node:crypto';
import { renderSms } from '@trellis/shared/notify/sms-templates';
import { findAccountIdByLogin, getAccountWithMemberships } from '../adapters/dynamodb/account/account-store';
import { putOutboxItem } from '../adapters/dynamodb/outbox/outbox-store';
import { resetPasswordByCode } from '../adapters/dynamodb/account/password-change-store';
import { countCodeAttempt, deleteVerificationCode, getVerificationCode, verificationCodeItem } from '../adapters/dynamodb/verification-code/verification-code-store';
import { keys } from '@trellis/shared/data/keys';
import { countRecent, recordFailure } from '../adapters/dynamodb/throttle/throttle-store';
import { transact } from '../adapters/dynamodb/table/transact';
import { Throttled, ValidationError } from '../errors';
import { hashPassword } from '../security/password-hash';
import { newId, numericCode, sha256 } from '../security/tokens';

const CODE_TTL_MS = 10 * 60_000;
const WINDOW_MS = 15 * 60_000;
const MAX_PER_PHONE = 3;
const MAX_PER_IP = 10;
const MAX_ATTEMPTS = 5;

/**
 * Sends a 6-digit reset code to a verified number, through the SMS outbox. The answer is
 * the same whether or not the number belongs to anyone; requests are limited per number
 * and per IP against SMS pumping.
 */
export async function requestResetCode(phone: string, clientIp: string, now = Date.now()): Promise<void> {
  const subjects = [
    { kind: 'sms' as const, value: phone },
    { kind: 'sms' as const, value: `ip:${clientIp}` },
  ];
  const [perPhone = 0, perIp = 0] = await countRecent(subjects, WINDOW_MS, now);
  if (perPhone >= MAX_PER_PHONE || perIp >= MAX_PER_IP) throw new Throttled('sms.too_many_requests');
  await recordFailure(subjects, WINDOW_MS, now);
  const accountId = await findAccountIdByLogin({ phone });
  const loaded = accountId ? await getAccountWithMemberships(accountId) : null;
  if (!loaded || loaded.account.status !== 'active' || !loaded.account.phoneVerified) return;
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
