import { randomInt } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { keys } from '@trellis/shared/data/keys';
import { getApplication } from '../../functions/src/adapters/dynamodb/application/application-store';
import { ddb, tableName } from '../../functions/src/adapters/dynamodb/table/client';
import { call, loginAs, randomUscc, uniqueSuffix } from './api-client';

/** The one parent rule (shared/src/orgs/org-hierarchy.ts) at every door: application, approval, creation, type change. */
function application(overrides: Record<string, unknown> = {}) {
  const suffix = uniqueSuffix();
  return {
    name: `规则测试学校${suffix}`, type: 'school', parentId: 'sd-jn', region: '山东省济南市', code: randomUscc(), contactName: '孙老师',
    mobile: `139${String(randomInt(10 ** 8)).padStart(8, '0')}`, email: `rule-${suffix}@example.cn`, adminUsername: `r${suffix}`.slice(0, 30),
    adminPassword: 'a-long-passphrase', ...overrides,
  };
}

describe('which org types may sit under which', () => {
  it('refuses an application for a school under a school, and writes nothing', async () => {
    const body = application({ parentId: 'sd-jn-xxgc' });
    const res = await call('applications.apply', { body });
    expect(res.status).toBe(400);
    expect(res.body.error.fields).toEqual({ parentId: ['parent.type_not_allowed'] });
    const inbox = await call('applications.list', { params: { orgId: 'sd-jn' }, token: await loginAs('jn.admin') });
    expect(inbox.body.items.map((a: { name: string }) => a.name)).not.toContain(body.name);
  });

  it('refuses to approve an application that breaks the rule (stored before the rule), and leaves it pending', async () => {
    const created = await call('applications.apply', { body: application() });
    expect(created.status).toBe(201);
    const id = (created.body.number as string).toLowerCase();
    await ddb().send(new UpdateCommand({
      TableName: tableName(), Key: keys.application(id), UpdateExpression: 'SET #t = :t', ExpressionAttributeNames: { '#t': 'type' },
      ExpressionAttributeValues: { ':t': 'society' },
    }));
    const res = await call('applications.decide', { params: { applicationId: id }, body: { decision: 'approve' }, token: await loginAs('jn.admin') });
    expect(res.status).toBe(400);
    expect(res.body.error.code).toBe('parent.type_not_allowed');
    expect((await getApplication(id))?.status).toBe('pending');
    const rejected = await call('applications.decide', { params: { applicationId: id }, body: { decision: 'reject', reason: '类型不符' }, token: await loginAs('jn.admin') });
    expect(rejected.status).toBe(200);
  });

  it('refuses creating a sub-org under a school, and a society under a city association', async () => {
    const underSchool = await call('orgs.create', {
      params: { orgId: 'sd-jn-xxgc' }, token: await loginAs('jnxx.admin'), body: { name: `校中校${uniqueSuffix()}`, type: 'school', region: '山东省' },
    });
    expect(underSchool.status).toBe(400);
    expect(underSchool.body.error.fields).toEqual({ type: ['parent.type_not_allowed'] });
    const society = await call('orgs.create', {
      params: { orgId: 'sd-jn' }, token: await loginAs('jn.admin'), body: { name: `市下学会${uniqueSuffix()}`, type: 'society', region: '山东省' },
    });
    expect(society.status).toBe(400);
    expect(society.body.error.fields).toEqual({ type: ['parent.type_not_allowed'] });
  });

  it('refuses a type change that the parent or the children would break', async () => {
    const token = await loginAs('jn.admin');
    const district = await call('orgs.create', { params: { orgId: 'sd-jn' }, token, body: { name: `区职教学会${uniqueSuffix()}`, type: 'association', region: '山东省' } });
    expect(district.status).toBe(201);
    const school = await call('orgs.create', { params: { orgId: district.body.id }, token, body: { name: `区属学校${uniqueSuffix()}`, type: 'school', region: '山东省' } });
    expect(school.status).toBe(201);
    const toSchool = await call('orgs.update', { params: { orgId: district.body.id }, token, body: { expectedVersion: 1, type: 'school' } });
    expect(toSchool.status).toBe(400);
    expect(toSchool.body.error.fields).toEqual({ type: ['children.type_not_allowed'] });
    const toSociety = await call('orgs.update', { params: { orgId: school.body.id }, token, body: { expectedVersion: 1, type: 'society' } });
    expect(toSociety.body.error.fields).toEqual({ type: ['parent.type_not_allowed'] });
    const toCollege = await call('orgs.update', { params: { orgId: school.body.id }, token, body: { expectedVersion: 1, type: 'technician_college' } });
    expect(toCollege.status).toBe(200);
    expect(toCollege.body.type).toBe('technician_college');
  });
});
