import { randomInt } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { keys } from '@trellis/shared/data/keys';
import { getApplication } from '../../functions/src/adapters/dynamodb/application/application-store';
import { getOrg } from '../../functions/src/adapters/dynamodb/org/org-store';
import { ddb, tableName } from '../../functions/src/adapters/dynamodb/table/client';
import { readMeter, resetMeter } from '../../functions/src/adapters/dynamodb/table/request-meter';
import { decideApplication } from '../../functions/src/applications/decide';
import { call, loginAs, randomUscc, uniqueSuffix } from './api-client';

function application(overrides: Record<string, unknown> = {}) {
  const suffix = uniqueSuffix();
  return {
    name: `济南第${suffix}职业中专`,
    type: 'school',
    parentId: 'sd-jn',
    region: '山东省济南市',
    code: randomUscc(),
    contactName: '孙老师',
    mobile: `139${String(randomInt(10 ** 8)).padStart(8, '0')}`,
    email: `contact-${suffix}@example.cn`,
    adminUsername: `s${suffix}`.slice(0, 30),
    adminPassword: 'a-long-passphrase',
    ...overrides,
  };
}

async function apply(overrides: Record<string, unknown> = {}) {
  const body = application(overrides);
  const res = await call('applications.apply', { body });
  expect(res.status, JSON.stringify(res.body)).toBe(201);
  return { ...body, number: res.body.number as string, id: (res.body.number as string).toLowerCase() };
}

describe('self-provisioning: apply, review, approve', () => {
  it('accepts an application and shows a public status page without contact details', async () => {
    const app = await apply();
    expect(app.number).toMatch(/^SQ\d{8}-[0-9A-Z]{6}$/);
    const status = await call('applications.status', { params: { number: app.number } });
    expect(status.status).toBe(200);
    expect(status.body).toMatchObject({ number: app.number, status: 'pending', parentName: '济南市职业教育学会' });
    expect(JSON.stringify(status.body)).not.toContain(app.mobile);
    expect(JSON.stringify(status.body)).not.toContain('Hash');
  });

  it('refuses invalid fields with field errors and writes nothing', async () => {
    const body = application({ code: '91350100M000100Y44', mobile: '123', adminPassword: '12345678', email: 'x' });
    const res = await call('applications.apply', { body });
    expect(res.status).toBe(400);
    expect(res.body.error.fields).toMatchObject({
      code: ['code.checksum'], mobile: ['mobile.invalid'], adminPassword: ['password.common'], email: ['email.invalid'],
    });
    const inbox = await call('applications.list', { params: { orgId: 'sd-jn' }, token: await loginAs('jn.admin') });
    expect(inbox.body.items.map((a: { name: string }) => a.name)).not.toContain(body.name);
  });

  it('refuses an organization code already registered, and an unknown parent', async () => {
    const taken = await call('orgs.lookup', { query: { q: '济南信息工程学校' } });
    expect(taken.status).toBe(200);
    const dup = await call('applications.apply', { body: application({ name: '济南信息工程学校' }) });
    expect(dup.status).toBe(409);
    expect(dup.body.error.code).toBe('name.taken');
    const orphan = await call('applications.apply', { body: application({ parentId: 'no-such-org' }) });
    expect(orphan.status).toBe(400);
    expect(orphan.body.error.fields.parentId).toEqual(['parent.invalid']);
  });

  it('shows pending applications to the parent and every ancestor, never to another province', async () => {
    const app = await apply();
    for (const [user, org] of [['jn.admin', 'sd-jn'], ['sd.admin', 'sd'], ['admin', 'cvea']] as const) {
      const res = await call('applications.list', { params: { orgId: org }, token: await loginAs(user) });
      expect(res.status).toBe(200);
      expect(res.body.items.map((a: { id: string }) => a.id)).toContain(app.id);
      expect(res.body.counts.pending).toBeGreaterThanOrEqual(1);
    }
    const gd = await loginAs('gd.admin');
    const foreign = await call('applications.list', { params: { orgId: 'sd' }, token: gd });
    expect(foreign.status).toBe(403);
    const own = await call('applications.list', { params: { orgId: 'gd' }, token: gd });
    expect(own.body.items.map((a: { id: string }) => a.id)).not.toContain(app.id);
    const decide = await call('applications.decide', { params: { applicationId: app.id }, body: { decision: 'approve' }, token: gd });
    expect(decide.status).toBe(403);
    const ghost = await call('applications.decide', { params: { applicationId: 'sq20990101-zzzzzz' }, body: { decision: 'approve' }, token: gd });
    expect(ghost.status).toBe(403);
    expect(ghost.body).toEqual(decide.body);
  });

  it('approval provisions org, admin account and site in one go; the new admin can log in', async () => {
    const app = await apply();
    const res = await call('applications.decide', {
      params: { applicationId: app.id }, body: { decision: 'approve' }, token: await loginAs('jn.admin'),
    });
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    expect(res.body.status).toBe('approved');
    const slug = res.body.orgSlug as string;
    const site = await call('sites.get', { params: { slug } });
    expect(site.body).toMatchObject({ closed: false, org: { name: app.name }, parent: { slug: 'jinan' } });
    const token = await loginAs(app.adminUsername, app.adminPassword);
    const me = await call('auth.me', { token });
    expect(me.body.memberships).toEqual([expect.objectContaining({ orgName: app.name, roles: ['admin'] })]);
    // The new admin's inbox starts with the decision, linking to the new org's workspace.
    const inbox = await call('inbox.list', { token });
    expect(inbox.body).toMatchObject({ unread: 1, items: [{ kind: 'system', event: 'application.approved', link: `/w/orgs/${me.body.memberships[0].orgId}`, vars: { name: app.name } }] });
    const status = await call('applications.status', { params: { number: app.number } });
    expect(status.body).toMatchObject({ status: 'approved', orgSlug: slug });
  });

  it("an approval is one transaction (plus one BatchGet: is the mobile free, the decider's name)", async () => {
    const app = await apply();
    const record = await getApplication(app.id);
    const parent = await getOrg('sd-jn');
    if (!record || !parent) throw new Error('fixture missing');
    const actor = { accountId: 'u-bench', accountStatus: 'active' as const, grants: [] };
    resetMeter();
    const view = await decideApplication(actor, record, parent, { applicationId: app.id, decision: 'approve', reason: '' });
    expect(readMeter().byCommand).toEqual({ BatchGetItemCommand: 1, TransactWriteItemsCommand: 1 });
    expect(view).toMatchObject({ status: 'approved', decidedBy: 'u-bench', version: 2 });
    expect(await getApplication(app.id)).toMatchObject({ status: 'approved', orgSlug: view.orgSlug, version: 2 });
  });

  it('an application resolves only through its own parent: a stored path that ends elsewhere is refused like a missing one', async () => {
    const app = await apply();
    const parent = await getOrg('sd-jn');
    if (!parent) throw new Error('fixture missing');
    const abovePath = parent.path.slice(0, parent.path.slice(0, -1).lastIndexOf('/') + 1);
    await ddb().send(new UpdateCommand({
      TableName: tableName(), Key: keys.application(app.id), UpdateExpression: 'SET parentPath = :p', ExpressionAttributeValues: { ':p': abovePath },
    }));
    const res = await call('applications.decide', {
      params: { applicationId: app.id }, body: { decision: 'approve' }, token: await loginAs('sd.admin'),
    });
    expect(res.status).toBe(403);
    expect(await getApplication(app.id)).toMatchObject({ status: 'pending', version: 1 });
  });

  it('rejection needs a reason, and the reason shows on the status page', async () => {
    const app = await apply();
    const token = await loginAs('sd.admin');
    const noReason = await call('applications.decide', { params: { applicationId: app.id }, body: { decision: 'reject' }, token });
    expect(noReason.status).toBe(400);
    expect(noReason.body.error.fields.reason).toEqual(['reason.required']);
    const res = await call('applications.decide', {
      params: { applicationId: app.id }, body: { decision: 'reject', reason: '材料不全，请补充办学许可证' }, token,
    });
    expect(res.status).toBe(200);
    const status = await call('applications.status', { params: { number: app.number } });
    expect(status.body).toMatchObject({ status: 'rejected', reason: '材料不全，请补充办学许可证' });
  });

  it('approves an applicant whose mobile already logs in elsewhere, without taking it over', async () => {
    const first = await apply();
    const token = await loginAs('jn.admin');
    await call('applications.decide', { params: { applicationId: first.id }, body: { decision: 'approve' }, token });
    const second = await apply({ mobile: first.mobile });
    const res = await call('applications.decide', { params: { applicationId: second.id }, body: { decision: 'approve' }, token });
    expect(res.status).toBe(200);
    await loginAs(second.adminUsername, second.adminPassword);
  });

  it('two admins deciding at once: exactly one wins, the other is told it was decided', async () => {
    const app = await apply();
    const [a, b] = await Promise.all([loginAs('jn.admin'), loginAs('sd.admin')]);
    const results = await Promise.all([
      call('applications.decide', { params: { applicationId: app.id }, body: { decision: 'approve' }, token: a }),
      call('applications.decide', { params: { applicationId: app.id }, body: { decision: 'reject', reason: '重复申请' }, token: b }),
    ]);
    const statuses = results.map((r) => r.status).sort();
    expect(statuses).toEqual([200, 409]);
    expect(results.find((r) => r.status === 409)?.body.error.code).toBe('application.already_decided');
    const lookup = await call('orgs.lookup', { query: { q: app.name } });
    const winner = results.find((r) => r.status === 200)?.body.status;
    expect(lookup.body.items.length).toBe(winner === 'approved' ? 1 : 0);
  });
});
