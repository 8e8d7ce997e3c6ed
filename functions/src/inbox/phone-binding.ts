import { timingSafeEqual } from 'node:crypto';
import { keys } from '@trellis/shared/data/keys';
import { renderSms } from '@trellis/shared/notify/sms-templates';
import type { SessionAccount } from '@trellis/shared/accounts/account-record';
import { findAccountIdByLogin, getAccountWithMemberships, toAccountView } from '../adapters/dynamodb/account/account-store';
import { updateAccount } from '../adapters/dynamodb/account/account-writes';
import { putOutboxItem } from '../adapters/dynamodb/outbox/outbox-store';
import { takeSendAllowance } from '../adapters/dynamodb/throttle/send-throttle';
import { takePlatformCodeSms } from '../security/code-sms-allowance';
import { transact } from '../adapters/dynamodb/table/transact';
import {
  countCodeAttempt, deleteVerificationCode, getVerificationCode, verificationCodeItem,
} from '../adapters/dynamodb/verification-code/verification-code-store';
import { AccessDenied, Conflict, Throttled, ValidationError } from '../errors';
import { newId, numericCode, sha256 } from '../security/tokens';

const CODE_TTL_MS = 10 * 60_000;
const WINDOW_MS = 15 * 60_000;
const MAX_PER_ACCOUNT = 3;
const MAX_PER_IP = 10;
/** Codes one number receives per window, whoever asks: no pumping SMS to a victim's phone. */
const MAX_PER_PHONE = 3;
const MAX_ATTEMPTS = 5;

/**
 * Sends a 6-digit code to the number a person wants to bind; sends are limited per account,
 * per client IP and per destination number, each counted atomically before anything is sent.
 */
export async function requestPhoneCode(account: SessionAccount, phone: string, clientIp: string, now = Date.now()): Promise<void> {
  const owner = await findAccountIdByLogin({ phone });
  if (owner && owner !== account.id) throw new Conflict('phone.taken');
  const allowed = await takeSendAllowance([
    { kind: 'sms', value: `acct:${account.id}`, max: MAX_PER_ACCOUNT },
    { kind: 'sms', value: `phone:${phone}`, max: MAX_PER_PHONE },
    { kind: 'sms', value: `ip:${clientIp}`, max: MAX_PER_IP },
  ], WINDOW_MS, now);
  if (!allowed) throw new Throttled('sms.too_many_requests');
  if (!(await takePlatformCodeSms(now))) throw new Throttled('sms.busy');
  const code = numericCode(6);
  await transact([
    verificationCodeItem(keys.phoneCode(account.id), {
      phone, accountId: account.id, codeHash: sha256(code), expiresAt: now + CODE_TTL_MS, attempts: 0,
    }),
    putOutboxItem({
      id: newId('sms', 16), to: phone, template: 'auth.phone_code', text: renderSms('auth.phone_code', { code }),
      createdAt: new Date(now).toISOString(),
    }),
  ]);
}

/** Checks the code (single use, 5 attempts, 10 minutes) and binds the number as verified. */
export async function verifyPhone(account: SessionAccount, code: string, now = Date.now()) {
  const key = keys.phoneCode(account.id);
  const stored = await getVerificationCode(key);
  if (!stored || stored.expiresAt < now) throw new ValidationError({ code: ['code.invalid'] });
  if (!(await countCodeAttempt(key, MAX_ATTEMPTS))) throw new Throttled('code.attempts_exceeded');
  if (!timingSafeEqual(Buffer.from(sha256(code)), Buffer.from(stored.codeHash))) {
    throw new ValidationError({ code: ['code.invalid'] });
  }
  await deleteVerificationCode(key);
  await updateAccount(account, account.version, { phone: stored.phone, phoneVerified: true });
  return reload(account.id);
}

/** Opt out of (or back in to) non-critical SMS such as notices and reminders. */
export async function setSmsOptOut(account: SessionAccount, optOut: boolean) {
  await updateAccount(account, account.version, { smsOptOut: optOut });
  return reload(account.id);
}

async function reload(accountId: string) {
  const loaded = await getAccountWithMemberships(accountId);
  if (!loaded) throw new AccessDenied();
  return toAccountView(loaded.account);
}
