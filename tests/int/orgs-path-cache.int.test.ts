import { describe, expect, it } from 'vitest';
import { readMeter, resetMeter } from '../../functions/src/adapters/dynamodb/table/request-meter';
import { call, loginAs, uniqueSuffix } from './api-client';

describe('policy checks on an org whose path the container knows', () => {
  it('skip the target read but still see the org and every ancestor fresh', async () => {
    const jn = await loginAs('jn.admin');
    const created = await call('orgs.create', { params: { orgId: 'sd-jn' }, token: jn, body: { name: `缓存测试学校${uniqueSuffix()}`, type: 'school', region: '山东省' } });
    expect(created.status).toBe(201);
    const id = created.body.id as string;
    await call('orgs.get', { params: { orgId: id }, token: jn });

    resetMeter();
    const read = await call('orgs.get', { params: { orgId: id }, token: jn });
    expect(read.status).toBe(200);
    expect(read.body).toMatchObject({ id, name: created.body.name, status: 'active' });
    // The session with its account and the orgs on the known path (the target included), in ONE BatchGet.
    expect(readMeter().byCommand).toEqual({ BatchGetItemCommand: 1 });

    // A status change is seen at once: the path's orgs are read on every call, only the path is remembered.
    const off = await call('orgs.status', { params: { orgId: id }, token: jn, body: { status: 'disabled', reason: '停办' } });
    expect(off.status).toBe(200);
    const update = await call('orgs.update', { params: { orgId: id }, token: jn, body: { expectedVersion: off.body.version, region: '山东省济南市' } });
    expect(update.status).toBe(403);
    expect((await call('orgs.get', { params: { orgId: id }, token: jn })).body).toMatchObject({ status: 'disabled' });
  });
});
