import { describe, expect, it } from 'vitest';
import { ASSERTION_HEADER, ASSERTION_TTL_MS } from '@trellis/shared/auth/assertion';
import { getAccountWithMemberships } from '../../functions/src/adapters/dynamodb/account/account-store';
import { readMeter, resetMeter } from '../../functions/src/adapters/dynamodb/table/request-meter';
import { resolveActor } from '../../functions/src/auth/resolve-actor';
import { forgetGuess } from '../../functions/src/auth/session-guess';
import { signAssertion } from '../../functions/src/security/actor-assertion';
import { sha256 } from '../../functions/src/security/tokens';
import { call, loginAs, uniqueSuffix } from './api-client';
import { newVerifiedAccount, resetCodeFor, signIn } from './auth-fixture';
import type { RouteId } from '@trellis/shared/http/routes';
import type { Invocation } from '../../dev/invoke';

/** A call made for a page view: the bearer token and the assertion of that view's session read. */
const asserted = (id: RouteId, token: string, assertion: string, inv: Invocation = {}) =>
  call(id, { ...inv, token, headers: { [ASSERTION_HEADER]: assertion } });

/** The session read of a page view: `auth.me`, with its assertion. */
async function sessionRead(token: string): Promise<{ assertion: string; expiresAt: number }> {
  const me = await call('auth.me', { token });
  expect(me.status, JSON.stringify(me.body)).toBe(200);
  return { assertion: me.body.assertion.value as string, expiresAt: Date.parse(me.body.assertion.expiresAt as string) };
}

/** An assertion of this token's actor as it is now, but issued just over 5 s ago: expired. */
async function expiredAssertion(token: string): Promise<string> {
  const auth = await resolveActor(sha256(token));
  return signAssertion(sha256(token), auth, Date.now() - ASSERTION_TTL_MS - 1)?.value ?? '';
}

/** An admin of 济南信息工程学校 (sd-jn-xxgc) with its own password set. */
async function newSchoolAdmin(): Promise<{ id: string; username: string; password: string }> {
  const username = `ra${uniqueSuffix()}`;
  const created = await call('accounts.create', {
    params: { orgId: 'sd-jn-xxgc' }, token: await loginAs('jn.admin'),
    body: { username, displayName: '撤销测试', roles: ['admin'], password: 'temporary-pass-1' },
  });
  expect(created.status, JSON.stringify(created.body)).toBe(201);
  const first = await signIn(username, 'temporary-pass-1');
  expect((await call('auth.password', { token: first, body: { current: 'temporary-pass-1', next: 'school-admin-pass-1' } })).status).toBe(200);
  return { id: created.body.id as string, username, password: 'school-admin-pass-1' };
}

describe('one session read per page view', () => {
  it('reads the session, its account and the orgs of its memberships in one BatchGet when the container knows the token, two otherwise', async () => {
    const token = await loginAs('sd.admin');
    await call('auth.me', { token });
    resetMeter();
    const read = await sessionRead(token);
    expect(readMeter().byCommand).toEqual({ BatchGetItemCommand: 1 });
    // Issued during the call: it expires at most 5 s from now.
    expect(read.expiresAt).toBeLessThanOrEqual(Date.now() + ASSERTION_TTL_MS);
    forgetGuess(sha256(token));
    resetMeter();
    await sessionRead(token);
    expect(readMeter().byCommand).toEqual({ BatchGetItemCommand: 2 });
  });

  it('a call carrying the assertion reads no session: authentication and policy on a known org are one BatchGet', async () => {
    const token = await loginAs('sd.admin');
    await call('orgs.get', { params: { orgId: 'sd-jn' }, token });
    const { assertion } = await sessionRead(token);
    resetMeter();
    const org = await asserted('orgs.get', token, assertion, { params: { orgId: 'sd-jn' } });
    expect(org.status).toBe(200);
    expect(readMeter().byCommand).toEqual({ BatchGetItemCommand: 1 });
    resetMeter();
    const inbox = await asserted('inbox.list', token, assertion);
    expect(inbox.status).toBe(200);
    expect(readMeter().byCommand).toEqual({ QueryCommand: 1 });
  });

  it('an assertion counts only with its own token, unedited and unexpired; otherwise the call reads the session', async () => {
    const token = await loginAs('sd.admin');
    const other = await loginAs('gd.admin');
    const { assertion } = await sessionRead(token);
    await call('orgs.get', { params: { orgId: 'gd' }, token: other });
    const [body = '', mac = ''] = assertion.split('.');
    const edited = `${Buffer.from(Buffer.from(body, 'base64url').toString().replace('"sd"', '"gd"')).toString('base64url')}.${mac}`;
    for (const wrong of [assertion, edited, await expiredAssertion(other), 'x.y', '']) {
      resetMeter();
      const res = await asserted('orgs.get', other, wrong, { params: { orgId: 'gd' } });
      expect(res.status).toBe(200);
      // The session read, which also fetched the known org's path for the policy (one BatchGet): the assertion was not taken.
      expect(readMeter().byCommand).toEqual({ BatchGetItemCommand: 1 });
    }
    expect((await asserted('orgs.get', other, assertion, { params: { orgId: 'sd' } })).status).toBe(403);
  });
});

/**
 * Revoking access: a call without an assertion (and the next page view's session read) is
 * refused at once; a call with an assertion from before the change is accepted only until the
 * assertion expires, at most ASSERTION_TTL_MS (5 s) after its session read, and refused after.
 */
describe('revocation takes effect at once, or within the 5 s of an assertion already issued', () => {
  async function expectRevoked(token: string, before: string, check: (inv: { token: string; headers?: Record<string, string> }) => Promise<number>) {
    expect(await check({ token })).toBeGreaterThanOrEqual(401);
    expect(await check({ token, headers: { [ASSERTION_HEADER]: before } })).toBeGreaterThanOrEqual(401);
  }
  const me = (inv: { token: string; headers?: Record<string, string> }) => call('auth.me', inv).then((r) => r.status);
  const inbox = (inv: { token: string; headers?: Record<string, string> }) => call('inbox.list', inv).then((r) => r.status);

  it('disabling the account', async () => {
    const a = await newVerifiedAccount();
    const token = await signIn(a.username, a.password);
    const stale = await expiredAssertion(token);
    const expectedVersion = (await getAccountWithMemberships(a.id))?.account.version ?? 0;
    const off = await call('accounts.update', { params: { accountId: a.id }, token: await loginAs('jnxx.admin'), body: { expectedVersion, status: 'disabled' } });
    expect(off.status, JSON.stringify(off.body)).toBe(200);
    await expectRevoked(token, stale, inbox);
    expect(await me({ token })).toBe(401);
  });

  it('changing the password', async () => {
    const a = await newVerifiedAccount();
    const token = await signIn(a.username, a.password);
    const elsewhere = await signIn(a.username, a.password);
    const stale = await expiredAssertion(elsewhere);
    expect((await call('auth.password', { token, body: { current: a.password, next: 'revoked-pass-1' } })).status).toBe(200);
    await expectRevoked(elsewhere, stale, inbox);
  });

  it('an SMS reset', async () => {
    const a = await newVerifiedAccount();
    const token = await signIn(a.username, a.password);
    const stale = await expiredAssertion(token);
    const code = await resetCodeFor(a.phone);
    expect((await call('auth.smsReset', { body: { phone: a.phone, code, next: 'revoked-pass-2' } })).status).toBe(204);
    await expectRevoked(token, stale, inbox);
  });

  it('logging out', async () => {
    const a = await newVerifiedAccount();
    const token = await signIn(a.username, a.password);
    const stale = await expiredAssertion(token);
    expect((await call('auth.logout', { token })).status).toBe(204);
    await expectRevoked(token, stale, inbox);
  });

  it('a role change: the memberships are read again at once, and the session view and policy follow', async () => {
    const a = await newSchoolAdmin();
    const token = await signIn(a.username, a.password);
    const list = (inv: { token: string; headers?: Record<string, string> }) =>
      call('accounts.list', { ...inv, params: { orgId: 'sd-jn-xxgc' } }).then((r) => r.status);
    expect(await list({ token })).toBe(200);
    const stale = await expiredAssertion(token);
    const set = await call('accounts.roles', {
      params: { orgId: 'sd-jn-xxgc', accountId: a.id }, token: await loginAs('jn.admin'), body: { roles: ['teacher'], expectedVersion: 1 },
    });
    expect(set.status, JSON.stringify(set.body)).toBe(200);
    await expectRevoked(token, stale, list);
    const view = await call('auth.me', { token });
    expect(view.body.memberships).toEqual([expect.objectContaining({ orgId: 'sd-jn-xxgc', roles: ['teacher'] })]);
  });
});
