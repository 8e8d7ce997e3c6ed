import { describe, expect, it } from 'vitest';
import { call, loginAs, uniqueSuffix } from './api-client';

async function createTeacher(token: string, orgId: string, roles: string[] = ['teacher']) {
  const res = await call('accounts.create', {
    params: { orgId }, token,
    body: { username: `s${uniqueSuffix()}`, displayName: '范围测试', roles, password: 'initial-pass-1' },
  });
  expect(res.status, JSON.stringify(res.body)).toBe(201);
  return res.body as { id: string; version: number; username: string };
}

describe('account scope: home org and every membership, admins only by superiors', () => {
  it('a school admin cannot reset, edit or re-role an account promoted to admin at the city', async () => {
    const school = await loginAs('jnxx.admin');
    const city = await loginAs('jn.admin');
    const t = await createTeacher(school, 'sd-jn-xxgc');
    const promote = await call('accounts.roles', { params: { orgId: 'sd-jn', accountId: t.id }, token: city, body: { roles: ['admin'], expectedVersion: 0 } });
    expect(promote.status, JSON.stringify(promote.body)).toBe(200);
    const missing = await call('accounts.resetPassword', { params: { accountId: 'u-doesnotexist' }, token: school });
    const reset = await call('accounts.resetPassword', { params: { accountId: t.id }, token: school });
    expect(reset.status).toBe(403);
    expect(reset.body).toEqual(missing.body);
    expect(JSON.stringify(reset.body)).not.toContain('temporaryPassword');
    const off = await call('accounts.update', { params: { accountId: t.id }, token: school, body: { expectedVersion: t.version, status: 'disabled' } });
    expect(off.status).toBe(403);
    const phone = await call('accounts.update', { params: { accountId: t.id }, token: school, body: { expectedVersion: t.version, phone: '13700009999' } });
    expect(phone.status).toBe(403);
    const demote = await call('accounts.roles', { params: { orgId: 'sd-jn-xxgc', accountId: t.id }, token: school, body: { roles: [], expectedVersion: 1 } });
    expect(demote.status).toBe(403);
    // Nothing was written: the old password still works and the account is still active.
    const login = await call('auth.login', { body: { login: t.username, password: 'initial-pass-1' } });
    expect(login.status, JSON.stringify(login.body)).toBe(200);
    // A fellow admin of the city cannot either; the province (strictly above) can.
    expect((await call('accounts.resetPassword', { params: { accountId: t.id }, token: city })).status).toBe(403);
    const byProvince = await call('accounts.resetPassword', { params: { accountId: t.id }, token: await loginAs('sd.admin') });
    expect(byProvince.status).toBe(200);
    expect(byProvince.body.temporaryPassword).toHaveLength(12);
  });

  it('an admin of an org is managed by admins strictly above it, not by fellow admins', async () => {
    const school = await loginAs('jnxx.admin');
    const fellow = await createTeacher(school, 'sd-jn-xxgc', ['admin']);
    expect((await call('accounts.resetPassword', { params: { accountId: fellow.id }, token: school })).status).toBe(403);
    const off = await call('accounts.update', { params: { accountId: fellow.id }, token: school, body: { expectedVersion: fellow.version, status: 'disabled' } });
    expect(off.status).toBe(403);
    const me = (await call('auth.me', { token: school })).body.account;
    expect((await call('accounts.resetPassword', { params: { accountId: me.id }, token: school })).status).toBe(403);
    const city = await loginAs('jn.admin');
    expect((await call('accounts.resetPassword', { params: { accountId: fellow.id }, token: city })).status).toBe(200);
    const cityOff = await call('accounts.update', { params: { accountId: fellow.id }, token: city, body: { expectedVersion: fellow.version + 1, status: 'disabled' } });
    expect(cityOff.status, JSON.stringify(cityOff.body)).toBe(200);
  });

  it('a teacher in scope is still managed by the school admin', async () => {
    const school = await loginAs('jnxx.admin');
    const t = await createTeacher(school, 'sd-jn-xxgc');
    expect((await call('accounts.resetPassword', { params: { accountId: t.id }, token: school })).status).toBe(200);
    const edit = await call('accounts.update', { params: { accountId: t.id }, token: school, body: { expectedVersion: t.version + 1, displayName: '改名' } });
    expect(edit.status, JSON.stringify(edit.body)).toBe(200);
  });
});
