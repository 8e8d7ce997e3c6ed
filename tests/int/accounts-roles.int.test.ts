import { describe, expect, it } from 'vitest';
import { call, listAll, loginAs, uniqueSuffix } from './api-client';

async function newTeacher(token: string) {
  const res = await call('accounts.create', {
    params: { orgId: 'sd-jn-xxgc' }, token,
    body: { username: `r${uniqueSuffix()}`, displayName: '角色测试', roles: ['teacher'], password: 'initial-pass-1' },
  });
  expect(res.status, JSON.stringify(res.body)).toBe(201);
  return res.body as { id: string };
}

async function rolesAt(token: string, orgId: string, accountId: string) {
  const rows = await listAll<{ id: string; roles: string[]; membershipVersion: number }>('accounts.list', { params: { orgId }, token });
  return rows.find((a) => a.id === accountId);
}

describe('role edits are conditional on the membership version', () => {
  it('two concurrent edits from the same version: one 200, one 409, and the winner\'s roles stay', async () => {
    const token = await loginAs('jnxx.admin');
    const acc = await newTeacher(token);
    const shown = await rolesAt(token, 'sd-jn-xxgc', acc.id);
    expect(shown).toMatchObject({ roles: ['teacher'], membershipVersion: 1 });
    const edits = await Promise.all(
      [['teacher', 'expert'], ['member']].map((roles) =>
        call('accounts.roles', { params: { orgId: 'sd-jn-xxgc', accountId: acc.id }, token, body: { roles, expectedVersion: shown?.membershipVersion } }),
      ),
    );
    expect(edits.map((r) => r.status).sort()).toEqual([200, 409]);
    const lost = edits.find((r) => r.status === 409);
    expect(lost?.body.error.code).toBe('roles.conflict');
    const won = edits.find((r) => r.status === 200);
    const after = await rolesAt(token, 'sd-jn-xxgc', acc.id);
    expect(after).toMatchObject({ roles: won?.body.roles, membershipVersion: 2 });
  });

  it('a stale version is refused and changes nothing; a new membership expects version 0', async () => {
    const token = await loginAs('jnxx.admin');
    const acc = await newTeacher(token);
    const stale = await call('accounts.roles', { params: { orgId: 'sd-jn-xxgc', accountId: acc.id }, token, body: { roles: [], expectedVersion: 3 } });
    expect(stale.status).toBe(409);
    expect(await rolesAt(token, 'sd-jn-xxgc', acc.id)).toMatchObject({ roles: ['teacher'], membershipVersion: 1 });
    const city = await loginAs('jn.admin');
    const twice = await Promise.all(
      [['expert'], ['leader']].map((roles) =>
        call('accounts.roles', { params: { orgId: 'sd-jn', accountId: acc.id }, token: city, body: { roles, expectedVersion: 0 } }),
      ),
    );
    expect(twice.map((r) => r.status).sort()).toEqual([200, 409]);
    const missingVersion = await call('accounts.roles', { params: { orgId: 'sd-jn', accountId: acc.id }, token: city, body: { roles: ['expert'] } });
    expect(missingVersion.status).toBe(400);
    expect(missingVersion.body.error.fields).toHaveProperty('expectedVersion');
  });
});
