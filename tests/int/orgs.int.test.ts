import { describe, expect, it } from 'vitest';
import { listChildOrgs, listSubtreeOrgs } from '../../functions/src/adapters/dynamodb/org/org-store';
import { readMeter, resetMeter } from '../../functions/src/adapters/dynamodb/table/request-meter';
import { call, loginAs, uniqueSuffix } from './api-client';

async function createOrg(token: string, parent: string, name = `测试学校${uniqueSuffix()}`, type = 'school') {
  const res = await call('orgs.create', { params: { orgId: parent }, token, body: { name, type, region: '山东省' } });
  expect(res.status, JSON.stringify(res.body)).toBe(201);
  return res.body as { id: string; slug: string; version: number; name: string };
}

describe('organizations', () => {
  it('reads an org with its ancestors, in scope only; a missing org looks the same as a forbidden one', async () => {
    const sd = await loginAs('sd.admin');
    const res = await call('orgs.get', { params: { orgId: 'sd-jn-xxgc' }, token: sd });
    expect(res.status).toBe(200);
    expect(res.body.ancestors.map((a: { id: string }) => a.id)).toEqual(['cvea', 'sd', 'sd-jn']);
    const foreign = await call('orgs.get', { params: { orgId: 'gd-gz' }, token: sd });
    const missing = await call('orgs.get', { params: { orgId: 'no-such-org' }, token: sd });
    expect(foreign.status).toBe(403);
    expect(missing.body).toEqual(foreign.body);
    expect((await call('orgs.get', { params: { orgId: 'sd' } })).status).toBe(401);
    expect((await call('orgs.get', { params: { orgId: 'BAD ID!' }, token: sd })).status).toBe(400);
  });

  it('lists children and the subtree page by page, one Query per page', async () => {
    const token = await loginAs('admin');
    // Other files add children under 山东 too: read every page rather than only the first.
    const ids: string[] = [];
    let cursor: string | null = null;
    do {
      const page = await call('orgs.children', { params: { orgId: 'sd' }, query: cursor ? { cursor } : {}, token });
      expect(page.status).toBe(200);
      ids.push(...page.body.items.map((o: { id: string }) => o.id));
      cursor = page.body.cursor;
    } while (cursor);
    expect(ids).toEqual(expect.arrayContaining(['sd-jn', 'sd-qd', 'sd-wljt']));
    const first = await call('orgs.subtree', { params: { orgId: 'sd' }, token });
    expect(first.status).toBe(200);
    expect(first.body.items.every((o: { path: string }) => o.path.startsWith('/cvea/sd/'))).toBe(true);
    expect(first.body.items.map((o: { id: string }) => o.id)).not.toContain('sd');

    resetMeter();
    const page1 = await listSubtreeOrgs('/cvea/sd/', undefined, 2);
    expect(readMeter().byCommand).toEqual({ QueryCommand: 1 });
    expect(page1.items).toHaveLength(2);
    expect(page1.cursor).not.toBeNull();
    const page2 = await listSubtreeOrgs('/cvea/sd/', page1.cursor ?? undefined, 2);
    expect(page2.items.map((o) => o.id)).not.toContain(page1.items[0]?.id);
    resetMeter();
    await listChildOrgs('sd');
    expect(readMeter().requests).toBe(1);
    const bad = await call('orgs.children', { params: { orgId: 'sd' }, query: { cursor: 'not-a-cursor' }, token });
    expect(bad.status).toBe(400);
  });

  it('creates a sub-org; refuses bad input, duplicates and other provinces', async () => {
    const token = await loginAs('jn.admin');
    const org = await createOrg(token, 'sd-jn');
    expect(org.slug).toMatch(/^ceshi/); // 测试学校… in pinyin, not the id
    const dup = await call('orgs.create', { params: { orgId: 'sd-jn' }, token, body: { name: org.name, type: 'school' } });
    expect(dup.status).toBe(409);
    expect(dup.body.error.code).toBe('name.taken');
    const invalid = await call('orgs.create', { params: { orgId: 'sd-jn' }, token, body: { name: 'x', type: 'castle' } });
    expect(invalid.status).toBe(400);
    expect(Object.keys(invalid.body.error.fields).sort()).toEqual(['name', 'type']);
    const foreign = await call('orgs.create', { params: { orgId: 'sd-qd' }, token, body: { name: '越权学校', type: 'school' } });
    expect(foreign.status).toBe(403);
    const teacher = await loginAs('wang.teacher');
    expect((await call('orgs.create', { params: { orgId: 'sd-jn-xxgc' }, token: teacher, body: { name: '教师建校', type: 'school' } })).status).toBe(403);
  });

  it('edits with optimistic concurrency: of two edits from the same version one wins, one gets 409', async () => {
    const token = await loginAs('jn.admin');
    const org = await createOrg(token, 'sd-jn');
    const edit = (region: string) =>
      call('orgs.update', { params: { orgId: org.id }, token, body: { expectedVersion: org.version, region } });
    const results = await Promise.all([edit('历下区'), edit('市中区')]);
    expect(results.map((r) => r.status).sort()).toEqual([200, 409]);
    expect(results.find((r) => r.status === 409)?.body.error.code).toBe('conflict.version');
    const renamed = await call('orgs.update', { params: { orgId: org.id }, token, body: { expectedVersion: org.version + 1, name: `${org.name}（新）` } });
    expect(renamed.status).toBe(200);
    expect(renamed.body.version).toBe(org.version + 2);
  });

  it('edits the public site, which then shows the new introduction', async () => {
    const token = await loginAs('jnxx.admin');
    const org = (await call('orgs.get', { params: { orgId: 'sd-jn-xxgc' }, token })).body;
    const intro = `学校始建于1978年。${uniqueSuffix()}`;
    const contact = { person: '王老师', phone: '0531-88888888', email: 'office@example.cn', address: '济南市历下区' };
    const res = await call('sites.edit', { params: { orgId: 'sd-jn-xxgc' }, token, body: { expectedVersion: org.version, intro, contact } });
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    const site = await call('sites.get', { params: { slug: 'jnxxgc' } });
    expect(site.body.org).toMatchObject({ intro, contact });
    const bad = await call('sites.edit', { params: { orgId: 'sd-jn-xxgc' }, token, body: { expectedVersion: org.version + 1, intro: 'x'.repeat(6000), contact } });
    expect(bad.body.error.fields.intro).toEqual(['intro.too_long']);
    const member = await loginAs('li.member');
    expect((await call('sites.edit', { params: { orgId: 'sd-jn-xxgc' }, token: member, body: { expectedVersion: 1, intro, contact } })).status).toBe(403);
  });

  it('disables an org: its users cannot log in, its site and its descendants show closed; re-enable restores', async () => {
    const jn = await loginAs('jn.admin');
    // A district association with a school under it (a school holds no sub-orgs: shared/src/orgs/org-hierarchy.ts).
    const school = await createOrg(jn, 'sd-jn', `测试区学会${uniqueSuffix()}`, 'association');
    const child = await createOrg(jn, school.id);
    const account = await call('accounts.create', {
      params: { orgId: school.id }, token: jn,
      body: { username: `d${uniqueSuffix()}`, displayName: '校管理员', roles: ['admin'], password: 'school-admin-pass' },
    });
    expect(account.status).toBe(201);
    const self = await call('orgs.status', { params: { orgId: 'sd-jn' }, token: jn, body: { status: 'disabled', reason: '测试' } });
    expect(self.status).toBe(403);
    const off = await call('orgs.status', { params: { orgId: school.id }, token: jn, body: { status: 'disabled', reason: '停办' } });
    expect(off.status).toBe(200);
    expect(off.body.status).toBe('disabled');
    const login = await call('auth.login', { body: { login: account.body.username, password: 'school-admin-pass' } });
    expect(login.status).toBe(403);
    expect(login.body.error.code).toBe('auth.account_disabled');
    expect((await call('sites.get', { params: { slug: school.slug } })).body).toMatchObject({ closed: true, org: { intro: '' } });
    expect((await call('sites.get', { params: { slug: child.slug } })).body.closed).toBe(true);
    expect((await call('orgs.get', { params: { orgId: school.id }, token: jn })).body.status).toBe('disabled');
    expect((await call('orgs.update', { params: { orgId: school.id }, token: jn, body: { expectedVersion: 2, region: 'x' } })).status).toBe(403);
    await call('orgs.status', { params: { orgId: school.id }, token: jn, body: { status: 'active', reason: '恢复' } });
    expect((await call('sites.get', { params: { slug: child.slug } })).body.closed).toBe(false);
    expect((await call('auth.login', { body: { login: account.body.username, password: 'school-admin-pass' } })).status).toBe(200);
  });
});
