import { randomInt } from 'node:crypto';
import { expect } from 'vitest';
import { getAccountWithMemberships } from '../../functions/src/adapters/dynamodb/account/account-store';
import { updateAccount } from '../../functions/src/adapters/dynamodb/account/account-writes';
import { listSinkMessages } from '../../functions/src/adapters/dynamodb/sms-sink/sms-sink-store';
import { call, loginAs, uniqueSuffix } from './api-client';

export interface TestAccount {
  id: string;
  username: string;
  password: string;
  phone: string;
}

/** A random mainland mobile number in E.164, unlikely to collide across test runs. */
export function randomPhone(): string {
  return `+86139${String(randomInt(10 ** 8)).padStart(8, '0')}`;
}

/**
 * A fresh teacher at sd-jn-xxgc whose password is already changed (no forced change) and
 * whose phone is bound and verified, so it can reset its password by SMS.
 */
export async function newVerifiedAccount(): Promise<TestAccount> {
  const username = `h${uniqueSuffix()}`;
  const phone = randomPhone();
  const created = await call('accounts.create', {
    params: { orgId: 'sd-jn-xxgc' }, token: await loginAs('jnxx.admin'),
    body: { username, displayName: '加固测试', roles: ['teacher'], password: 'temporary-pass-1', phone },
  });
  expect(created.status, JSON.stringify(created.body)).toBe(201);
  const first = await call('auth.login', { body: { login: username, password: 'temporary-pass-1' } });
  const password = 'hardening-pass-1';
  const changed = await call('auth.password', { token: first.body.token, body: { current: 'temporary-pass-1', next: password } });
  expect(changed.status, JSON.stringify(changed.body)).toBe(200);
  const loaded = await getAccountWithMemberships(created.body.id as string);
  if (!loaded) throw new Error('account missing');
  await updateAccount(loaded.account, loaded.account.version, { phoneVerified: true });
  return { id: loaded.account.id, username, password, phone };
}

/** Signs in and returns the session token. */
export async function signIn(login: string, password: string): Promise<string> {
  const res = await call('auth.login', { body: { login, password } });
  expect(res.status, JSON.stringify(res.body)).toBe(200);
  return res.body.token as string;
}

/** Requests a reset code for `phone` and waits for it to reach the local SMS sink. */
export async function resetCodeFor(phone: string): Promise<string> {
  expect((await call('auth.smsCode', { body: { phone } })).status).toBe(202);
  // Up to 50 s: the stream worker delivers it behind other tests' batches of SMS (rate-limited), and a loaded machine is slow.
  for (let i = 0; i < 250; i++) {
    const text = (await listSinkMessages(500)).find((m) => m.to === phone && m.text.includes('验证码'))?.text;
    const code = /(\d{6})/.exec(text ?? '')?.[1];
    if (code) return code;
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`no reset code arrived for ${phone}`);
}

/** The status of `auth.me` for a token: 200 while the session lives, 401 once it is gone. */
export async function meStatus(token: string): Promise<number> {
  return (await call('auth.me', { token })).status;
}
