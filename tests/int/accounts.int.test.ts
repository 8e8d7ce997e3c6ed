import { describe, expect, it } from 'vitest';
import { call, listAll, loginAs, uniqueSuffix } from './api-client';

async function create(token: string, orgId: string, extra: Record<string, unknown> = {}) {
  return call('accounts.create', {
    params: { orgId }, token,
    body: { username: `a${uniqueSuffix()}`, displayName: '新教师', roles: ['teacher'], password: 'initial-pass-1', ...extra },
  });
}

describe('accounts managed by superior admins', () => {
  it('creates an account with roles and lists the org\'s members page by page', async () => {
    const token = await loginAs('jnxx.admin');
    const res = await create(token, 'sd-jn-xxgc', { phone: '13700001111' });
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    expect(res.body).toMatchObject({ phone: '+8613700001111', mustChangePassword: true, status: 'active' });
    expect(JSON.stringify(res.body)).not.toContain('passwordHash');
    const list = await listAll<{ username: string }>('accounts.list', { params: { orgId: 'sd-jn-xxgc' }, token });
    expect(list.map((a) => a.username)).toEqual(expect.arrayContaining(['wang.teacher', 'li.member']));
    const dup = await create(token, 'sd-jn-xxgc', { username: 'wang.teacher' });
    expect(dup.status).toBe(409);
    expect(dup.body.error.code).toBe('username.taken');
  });

  it('refuses weak passwords and bad fields, and other provinces\' orgs', async () => {
    const token = await loginAs('jnxx.admin');
    const weak = await create(token, 'sd-jn-xxgc', { password: 'qwerty123', roles: [], username: '9bad' });
    expect(weak.status).toBe(400);
    expect(weak.body.error.fields).toMatchObject({ password: ['password.common'], roles: ['roles.required'], username: ['username.invalid'] });
    expect((await create(await loginAs('gd.admin'), 'sd-jn-xxgc')).status).toBe(403);
    expect((await call('accounts.list', { params: { orgId: 'sd-jn-xxgc' }, token: await loginAs('li.member') })).status).toBe(403);
  });

  it('edits and disables an account with version checks; a disabled account cannot log in', async () => {
    const token = await loginAs('jnxx.admin');
    const acc = (await create(token, 'sd-jn-xxgc')).body;
    const edits = await Promise.all(
      ['甲', '乙'].map((n) => call('accounts.update', { params: { accountId: acc.id }, token, body: { expectedVersion: acc.version, displayName: n } })),
    );
    expect(edits.map((r) => r.status).sort()).toEqual([200, 409]);
    const off = await call('accounts.update', { params: { accountId: acc.id }, token, body: { expectedVersion: acc.version + 1, status: 'disabled' } });
    expect(off.status).toBe(200);
    const login = await call('auth.login', { body: { login: acc.username, password: 'initial-pass-1' } });
    expect(login.status).toBe(403);
    const me = (await call('auth.me', { token })).body.account;
    const selfOff = await call('accounts.update', { params: { accountId: me.id }, token, body: { expectedVersion: me.version, status: 'disabled' } });
    // An admin is managed by superiors only: not through these routes on their own account.
    expect(selfOff.status).toBe(403);
    const gd = await call('accounts.update', { params: { accountId: acc.id }, token: await loginAs('gd.admin'), body: { expectedVersion: 1, displayName: 'x' } });
    expect(gd.status).toBe(403);
  });

  it('resets a password to a temporary one that must be changed at next login', async () => {
    const token = await loginAs('jn.admin');
    const acc = (await create(await loginAs('jnxx.admin'), 'sd-jn-xxgc')).body;
    const reset = await call('accounts.resetPassword', { params: { accountId: acc.id }, token });
    expect(reset.status).toBe(200);
    const temp = reset.body.temporaryPassword as string;
    expect(temp).toHaveLength(12);
    const login = await call('auth.login', { body: { login: acc.username, password: temp } });
    expect(login.status).toBe(200);
    expect(login.body.account.mustChangePassword).toBe(true);
    expect((await call('accounts.resetPassword', { params: { accountId: acc.id }, token: await loginAs('qd.admin') })).status).toBe(403);
  });

  it('assigns roles at an org in scope, and removes them', async () => {
    const token = await loginAs('jn.admin');
    const acc = (await create(await loginAs('jnxx.admin'), 'sd-jn-xxgc')).body;
    const set = await call('accounts.roles', { params: { orgId: 'sd-jn', accountId: acc.id }, token, body: { roles: ['expert', 'expert'], expectedVersion: 0 } });
    expect(set.body).toEqual({ orgId: 'sd-jn', accountId: acc.id, roles: ['expert'], version: 1 });
    const members = await listAll<{ id: string; roles: string[] }>('accounts.list', { params: { orgId: 'sd-jn' }, token });
    expect(members.find((a) => a.id === acc.id)?.roles).toEqual(['expert']);
    const removed = await call('accounts.roles', { params: { orgId: 'sd-jn', accountId: acc.id }, token, body: { roles: [], expectedVersion: 1 } });
    expect(removed.body.version).toBe(0);
    const after = await listAll<{ id: string }>('accounts.list', { params: { orgId: 'sd-jn' }, token });
    expect(after.map((a) => a.id)).not.toContain(acc.id);
    const foreign = await call('accounts.roles', { params: { orgId: 'gd-gz', accountId: acc.id }, token: await loginAs('gz.admin'), body: { roles: ['admin'], expectedVersion: 0 } });
    expect(foreign.status).toBe(403);
    const bad = await call('accounts.roles', { params: { orgId: 'sd-jn', accountId: acc.id }, token, body: { roles: ['king'], expectedVersion: 0 } });
    expect(bad.status).toBe(400);
  });

  it('imports a roster row by row, reporting each bad or duplicate row with its errors', async () => {
    const token = await loginAs('jnxx.admin');
    const u = `imp${uniqueSuffix()}`.slice(0, 20);
    const res = await call('accounts.import', {
      params: { orgId: 'sd-jn-xxgc' }, token,
      body: {
        importId: `t-${u}`,
        rows: [
          { username: `${u}a`, displayName: '赵老师', phone: '' },
          { username: '1bad', displayName: '' },
          { username: 'wang.teacher', displayName: '重名' },
          { username: `${u}b`, displayName: '钱老师', phone: '13712345678' },
        ],
      },
    });
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    expect(res.body).toMatchObject({ created: 2, failed: 2 });
    expect(res.body.results[1]).toMatchObject({ row: 2, status: 'failed', fields: { username: ['username.invalid'], displayName: ['display_name.required'] } });
    expect(res.body.results[2]).toMatchObject({ row: 3, status: 'failed', fields: { username: ['username.taken'] } });
    const login = await call('auth.login', { body: { login: `${u}a`, password: res.body.results[0].temporaryPassword } });
    expect(login.body.account.mustChangePassword).toBe(true);
    expect((await call('auth.me', { token: login.body.token })).body.memberships[0].roles).toEqual(['teacher']);
    expect((await call('accounts.import', { params: { orgId: 'sd-jn-xxgc' }, token: await loginAs('gd.admin'), body: { importId: `t-${u}`, rows: [{}] } })).status).toBe(403);
    expect((await call('accounts.import', { params: { orgId: 'sd-jn-xxgc' }, token, body: { importId: `t-${u}`, rows: [] } })).status).toBe(400);
  });
});

