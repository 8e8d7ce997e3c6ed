import { describe, expect, it } from 'vitest';
import { getAccountWithMemberships } from '../../functions/src/adapters/dynamodb/account/account-store';
import { call, loginAs } from './api-client';
import { newVerifiedAccount, randomPhone, resetCodeFor } from './auth-fixture';

async function versionOf(accountId: string): Promise<number> {
  return (await getAccountWithMemberships(accountId))?.account.version ?? 0;
}

describe('a reset code only works while the account still owns the number', () => {
  it('is refused after an admin moved the number to another account', async () => {
    const a = await newVerifiedAccount();
    const code = await resetCodeFor(a.phone);
    const admin = await loginAs('jnxx.admin');
    const moved = await call('accounts.update', { params: { accountId: a.id }, token: admin, body: { expectedVersion: await versionOf(a.id), phone: randomPhone() } });
    expect(moved.status, JSON.stringify(moved.body)).toBe(200);
    const b = await newVerifiedAccount();
    const given = await call('accounts.update', { params: { accountId: b.id }, token: admin, body: { expectedVersion: await versionOf(b.id), phone: a.phone } });
    expect(given.status, JSON.stringify(given.body)).toBe(200);
    const reset = await call('auth.smsReset', { body: { phone: a.phone, code, next: 'hijacked-pass-1' } });
    expect(reset.status).toBe(400);
    expect(reset.body.error.fields).toEqual({ code: ['code.invalid'] });
    expect((await call('auth.login', { body: { login: a.username, password: 'hijacked-pass-1' } })).status).toBe(401);
    expect((await call('auth.login', { body: { login: a.username, password: a.password } })).status).toBe(200);
    const again = await call('auth.smsReset', { body: { phone: a.phone, code, next: 'hijacked-pass-1' } });
    expect(again.status).toBe(400);
  });

  it('is refused once the account is disabled, and stays refused after it is enabled again', async () => {
    const a = await newVerifiedAccount();
    const code = await resetCodeFor(a.phone);
    const admin = await loginAs('jnxx.admin');
    const off = await call('accounts.update', { params: { accountId: a.id }, token: admin, body: { expectedVersion: await versionOf(a.id), status: 'disabled' } });
    expect(off.status).toBe(200);
    expect((await call('auth.smsReset', { body: { phone: a.phone, code, next: 'while-disabled-1' } })).status).toBe(400);
    const on = await call('accounts.update', { params: { accountId: a.id }, token: admin, body: { expectedVersion: await versionOf(a.id), status: 'active' } });
    expect(on.status).toBe(200);
    expect((await call('auth.smsReset', { body: { phone: a.phone, code, next: 'while-disabled-1' } })).status).toBe(400);
    expect((await call('auth.login', { body: { login: a.username, password: a.password } })).status).toBe(200);
  });

  it('is used once even when the same right code arrives twice at the same time', async () => {
    const a = await newVerifiedAccount();
    const code = await resetCodeFor(a.phone);
    const results = await Promise.all(
      ['twin-reset-pass-0', 'twin-reset-pass-1'].map((next) => call('auth.smsReset', { body: { phone: a.phone, code, next } })),
    );
    expect(results.map((r) => r.status).sort()).toEqual([204, 400]);
    const winner = results.findIndex((r) => r.status === 204);
    expect((await call('auth.login', { body: { login: a.username, password: `twin-reset-pass-${winner}` } })).status).toBe(200);
    expect((await call('auth.login', { body: { login: a.username, password: `twin-reset-pass-${1 - winner}` } })).status).toBe(401);
  });
});
