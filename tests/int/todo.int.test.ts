import { randomInt } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import type { Actor } from '@trellis/shared/access/policy';
import type { Role } from '@trellis/shared/access/roles';
import { putAccountItems } from '../../functions/src/adapters/dynamodb/account/account-store';
import { getOrg } from '../../functions/src/adapters/dynamodb/org/org-store';
import { readMeter, resetMeter } from '../../functions/src/adapters/dynamodb/table/request-meter';
import { transact } from '../../functions/src/adapters/dynamodb/table/transact';
import { newAccount } from '../../functions/src/accounts/create-account';
import { forgetRoundList } from '../../functions/src/reporting/open-rounds';
import { hashPassword } from '../../functions/src/security/password-hash';
import { todoSummary } from '../../functions/src/todo/summary';
import { DEMO_PASSWORD } from '../../dev/demo-data';
import { call, loginAs, randomUscc, uniqueSuffix } from './api-client';
import { cityWithGroups, fillAndSubmit, openRound, sample } from './reporting-fixture';
import { privateSchool, submitWork } from './resources-fixture';

const actorAt = (org: { id: string; path: string }, roles: Role[]): Actor => ({
  accountId: `u-todo-${uniqueSuffix()}`, accountStatus: 'active', grants: roles.map((role) => ({ orgId: org.id, orgPath: org.path, role })),
});

async function orgById(id: string) {
  const org = await getOrg(id);
  if (!org) throw new Error(`org ${id} missing`);
  return org;
}

async function adminOf(orgId: string): Promise<string> {
  return loginAs(await adminLogin(orgId));
}

/** A fresh admin account at the org; its username. */
async function adminLogin(orgId: string): Promise<string> {
  const org = await orgById(orgId);
  const username = `t${uniqueSuffix()}`.slice(0, 30);
  const account = newAccount(org, { username, displayName: '待办测试', passwordHash: await hashPassword(DEMO_PASSWORD) }, { mustChangePassword: false });
  await transact(putAccountItems(account, { accountId: account.id, orgId, orgPath: org.path, roles: ['admin'] }));
  return username;
}

function apply(parentId: string) {
  const s = uniqueSuffix();
  return call('applications.apply', {
    body: {
      name: `待办测试学校${s}`, type: 'school', parentId, region: '山东省', code: randomUscc(), contactName: '孙老师',
      mobile: `139${String(randomInt(10 ** 8)).padStart(8, '0')}`, email: `todo-${s}@example.cn`, adminUsername: `d${s}`.slice(0, 30), adminPassword: 'a-long-passphrase',
    },
  });
}

describe('待办: counts kept by the decisions, read in a fixed number of requests', () => {
  it('counts applications where they wait and takes them back when decided, in at most 3 requests', async () => {
    const { cityId } = await cityWithGroups(0);
    const city = await orgById(cityId);
    const [a] = await Promise.all([apply(cityId), apply(cityId)]);
    expect(a.status, JSON.stringify(a.body)).toBe(201);
    const cityAdmin = actorAt(city, ['admin']);
    const province = actorAt(await orgById('sd'), ['admin']);
    expect((await todoSummary(cityAdmin)).orgs[0]).toMatchObject({ orgId: cityId, applications: 2 });
    const decided = await call('applications.decide', { params: { applicationId: (a.body.number as string).toLowerCase() }, token: await loginAs('sd.admin'), body: { decision: 'reject', reason: '材料不全' } });
    expect(decided.status, JSON.stringify(decided.body)).toBe(200);
    expect((await todoSummary(cityAdmin)).orgs[0]?.applications).toBe(1);
    // A teacher there has nothing to decide: the count is not theirs.
    expect((await todoSummary(actorAt(city, ['teacher']))).orgs[0]).toEqual({ orgId: cityId, orgName: city.name });
    expect((await todoSummary(province)).orgs[0]?.applications).toBeGreaterThanOrEqual(1);
    // However many counts: one BatchGetItem and two Queries on a warm container (the open
    // rounds' list is then cached: warm it first). A school admin: every counter, no region
    // progress (a region reads 8 progress shards per open round, 100 keys per BatchGetItem, and
    // other files leave many rounds open here).
    const school = actorAt(await orgById('sd-jn-xxgc'), ['admin']);
    await todoSummary(school);
    resetMeter();
    const summary = await todoSummary(school);
    expect(summary.orgs[0]).toMatchObject({ applications: expect.any(Number), members: expect.any(Number), siteItems: expect.any(Number), resources: expect.any(Number) });
    expect(readMeter().byCommand).toEqual({ BatchGetItemCommand: 1, QueryCommand: 2 });
  });

  it('counts a school\'s resources to review until one is decided', async () => {
    const { school, teacher, admin } = await privateSchool();
    const reviewer = actorAt(school, ['admin', 'leader']);
    const created = await submitWork(teacher.token, school.id);
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    expect((await todoSummary(reviewer)).orgs[0]?.resources).toBe(1);
    const ok = await call('resources.review', { params: { resourceId: created.body.id }, token: admin.token, body: { decision: 'approve' } });
    expect(ok.status).toBe(200);
    expect((await todoSummary(reviewer)).orgs[0]?.resources).toBe(0);
    expect((await todoSummary(actorAt(school, ['teacher']))).orgs[0]?.resources).toBeUndefined();
  });

  it('counts website items waiting for the school\'s admin until approved', async () => {
    const { school, admin } = await privateSchool();
    const reviewer = actorAt(school, ['admin']);
    const created = await call('siteItems.create', { params: { orgId: school.id }, token: admin.token, body: { kind: 'notice', title: '待办测试公告', bodyHtml: '<p>内容</p>', submit: true } });
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    expect(created.body.status).toBe('pending');
    expect((await todoSummary(reviewer)).orgs[0]?.siteItems).toBe(1);
    const other = await loginAs((await adminLogin(school.id)));
    const ok = await call('siteItems.approve', { params: { orgId: school.id, itemId: created.body.id }, token: other, body: { decision: 'approve' } });
    expect(ok.status, JSON.stringify(ok.body)).toBe(200);
    expect((await todoSummary(reviewer)).orgs[0]?.siteItems).toBe(0);
  });

  it('shows a group its report due, then returned; the city the reports to review', async () => {
    const { cityId, groups } = await cityWithGroups(1);
    const group = groups[0]!;
    const round = await openRound(2057 + randomInt(40), cityId);
    forgetRoundList();
    const groupOrg = await orgById(group.id);
    const groupAdmin = actorAt(groupOrg, ['admin']);
    expect((await todoSummary(groupAdmin)).orgs[0]?.reportsDue).toEqual([expect.objectContaining({ roundId: round.id, state: 'draft' })]);
    const token = await adminOf(group.id);
    await fillAndSubmit(token, group.id, round.id, sample(3, group.name));
    const city = actorAt(await orgById(cityId), ['admin']);
    expect((await todoSummary(city)).orgs[0]?.reportsToReview).toBe(1);
    expect((await todoSummary(groupAdmin)).orgs[0]?.reportsDue).toEqual([]);
    const back = await call('reporting.return', { params: { orgId: group.id, roundId: round.id }, token: await loginAs('sd.admin'), body: { reason: '请核实' } });
    expect(back.status, JSON.stringify(back.body)).toBe(200);
    expect((await todoSummary(groupAdmin)).orgs[0]?.reportsDue).toEqual([expect.objectContaining({ state: 'returned' })]);
    expect((await todoSummary(city)).orgs[0]?.reportsToReview).toBe(0);
  });

  it('answers the route for any signed-in account', async () => {
    const res = await call('todo.summary', { token: await loginAs('wang.teacher') });
    expect(res.status).toBe(200);
    expect(res.body.notices.unread).toBeGreaterThanOrEqual(0);
    expect((await call('todo.summary', {})).status).toBe(401);
  });
});
