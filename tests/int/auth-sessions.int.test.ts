import { describe, expect, it } from 'vitest';
import { getAccountWithMemberships } from '../../functions/src/adapters/dynamodb/account/account-store';
import { readMeter, resetMeter } from '../../functions/src/adapters/dynamodb/table/request-meter';
import { resolveActor } from '../../functions/src/auth/resolve-actor';
import { sha256 } from '../../functions/src/security/tokens';
import { call, loginAs } from './api-client';
import { meStatus, newVerifiedAccount, resetCodeFor, signIn } from './auth-fixture';

describe('a new password or a disabled account ends every earlier session', () => {
  it('an SMS reset ends the sessions signed in with the stolen password', async () => {
    const a = await newVerifiedAccount();
    const attacker = await signIn(a.phone, a.password);
    const victim = await signIn(a.username, a.password);
    expect(await meStatus(attacker)).toBe(200);
    const code = await resetCodeFor(a.phone);
    expect((await call('auth.smsReset', { body: { phone: a.phone, code, next: 'taken-back-pass-1' } })).status).toBe(204);
    expect(await meStatus(attacker)).toBe(401);
    expect(await meStatus(victim)).toBe(401);
    expect(await meStatus(await signIn(a.username, 'taken-back-pass-1'))).toBe(200);
  });

  it('an admin reset ends the account\'s sessions', async () => {
    const a = await newVerifiedAccount();
    const before = await signIn(a.username, a.password);
    const reset = await call('accounts.resetPassword', { params: { accountId: a.id }, token: await loginAs('jn.admin') });
    expect(reset.status).toBe(200);
    expect(await meStatus(before)).toBe(401);
    expect(await meStatus(await signIn(a.username, reset.body.temporaryPassword as string))).toBe(200);
  });

  it('changing the password ends other sessions and hands the changing one a fresh token', async () => {
    const a = await newVerifiedAccount();
    const here = await signIn(a.username, a.password);
    const elsewhere = await signIn(a.username, a.password);
    const wrong = await call('auth.password', { token: here, body: { current: 'not-my-password', next: 'changed-pass-1' } });
    expect(wrong.status).toBe(400);
    expect(await meStatus(elsewhere)).toBe(200);
    const changed = await call('auth.password', { token: here, body: { current: a.password, next: 'changed-pass-1' } });
    expect(changed.status, JSON.stringify(changed.body)).toBe(200);
    const fresh = changed.body.token as string;
    expect(fresh).not.toBe(here);
    expect(Date.parse(changed.body.expiresAt as string)).toBeGreaterThan(Date.now());
    expect(await meStatus(here)).toBe(401);
    expect(await meStatus(elsewhere)).toBe(401);
    expect(await meStatus(fresh)).toBe(200);
    expect((await call('auth.login', { body: { login: a.username, password: a.password } })).status).toBe(401);
    expect(await meStatus(await signIn(a.username, 'changed-pass-1'))).toBe(200);
  });

  it('two sessions changing the password at once: one wins, the other does not overwrite it', async () => {
    const a = await newVerifiedAccount();
    const tokens = [await signIn(a.username, a.password), await signIn(a.username, a.password)];
    const results = await Promise.all(
      tokens.map((token, i) => call('auth.password', { token, body: { current: a.password, next: `racing-pass-${i}` } })),
    );
    const winner = results.findIndex((r) => r.status === 200);
    expect(winner).toBeGreaterThanOrEqual(0);
    const loser = results[1 - winner];
    expect([401, 409]).toContain(loser?.status);
    expect((await call('auth.login', { body: { login: a.username, password: `racing-pass-${winner}` } })).status).toBe(200);
    expect((await call('auth.login', { body: { login: a.username, password: `racing-pass-${1 - winner}` } })).status).toBe(401);
    expect(await meStatus(results[winner]?.body.token as string)).toBe(200);
  });

  it('disabling ends sessions for good: enabling again does not bring old tokens back', async () => {
    const a = await newVerifiedAccount();
    const old = await signIn(a.username, a.password);
    const admin = await loginAs('jnxx.admin');
    const version = async () => (await getAccountWithMemberships(a.id))?.account.version ?? 0;
    const off = await call('accounts.update', { params: { accountId: a.id }, token: admin, body: { expectedVersion: await version(), status: 'disabled' } });
    expect(off.status, JSON.stringify(off.body)).toBe(200);
    expect(await meStatus(old)).toBe(401);
    const on = await call('accounts.update', { params: { accountId: a.id }, token: admin, body: { expectedVersion: await version(), status: 'active' } });
    expect(on.status, JSON.stringify(on.body)).toBe(200);
    expect(await meStatus(old)).toBe(401);
    expect(await meStatus(await signIn(a.username, a.password))).toBe(200);
  });

  it('checking the epoch costs no extra request: the session and its account in one BatchGet', async () => {
    const a = await newVerifiedAccount();
    const token = await signIn(a.username, a.password);
    resetMeter();
    const auth = await resolveActor(sha256(token));
    expect(readMeter().byCommand).toEqual({ BatchGetItemCommand: 1 });
    expect(auth.account.id).toBe(a.id);
  });
});
