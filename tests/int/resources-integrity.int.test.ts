import { UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { describe, expect, it } from 'vitest';
import { keys } from '@trellis/shared/data/keys';
import { schoolYear } from '@trellis/shared/resources/quota';
import { ddb, tableName } from '../../functions/src/adapters/dynamodb/table/client';
import { readMeter, resetMeter } from '../../functions/src/adapters/dynamodb/table/request-meter';
import { call, loginAs } from './api-client';
import { contributionOf, getItem, privateSchool, quotaOf, submitWork } from './resources-fixture';
import { fileBytes, PNG_HEAD, uploadFile } from './upload-flow';

const approve = (id: string, token: string) => call('resources.review', { params: { resourceId: id }, token, body: { decision: 'approve' } });
const takedown = (id: string, token: string) => call('resources.takedown', { params: { resourceId: id }, token, body: { reason: '版权存疑' } });

async function submitted(token: string, orgId: string): Promise<string> {
  const res = await submitWork(token, orgId);
  expect(res.status, JSON.stringify(res.body)).toBe(201);
  return res.body.id as string;
}

describe('resource library integrity: quota years, counts, review rules, single-use uploads', () => {
  it('a work counts in the school year (China time) it is published in, not the one it was submitted in', async () => {
    const { school, teacher, admin } = await privateSchool();
    const id = await submitted(teacher.token, school.id);
    // As if submitted in a year that has closed since (e.g. 30 Aug, approved on 2 Sept).
    await ddb().send(new UpdateCommand({ TableName: tableName(), Key: keys.resource(id), UpdateExpression: 'SET schoolYear = :y', ExpressionAttributeValues: { ':y': '2019-2020' } }));
    const ok = await approve(id, admin.token);
    expect(ok.status, JSON.stringify(ok.body)).toBe(200);
    const year = schoolYear(new Date(ok.body.publishedAt as string));
    expect(ok.body.schoolYear).toBe(year);
    expect(await quotaOf(school.id, year)).toBe(1);
    expect(await quotaOf(school.id, '2019-2020')).toBe(0);
  });

  it('publishing moves the quota and both contribution counts in the one transaction of the status change', async () => {
    const { school, teacher, admin } = await privateSchool();
    const id = await submitted(teacher.token, school.id);
    resetMeter();
    expect((await approve(id, admin.token)).status).toBe(200);
    const writes = readMeter().byCommand;
    expect(writes.TransactWriteItemsCommand).toBe(1);
    expect(writes.UpdateItemCommand ?? 0).toBe(0);
    // Besides it, only the uploader's inbox message (a conditional PutItem after the decision).
    expect(writes.PutItemCommand ?? 0).toBe(1);
    for (const scope of ['cvea', 'sd']) expect(await contributionOf(scope, teacher.id)).toMatchObject({ published: 1, rankExact: true });
    // A retry of the same approval (e.g. after a timeout) is told it is decided; nothing counts twice.
    expect((await approve(id, admin.token)).status).toBe(409);
    expect(await contributionOf('sd', teacher.id)).toMatchObject({ published: 1, rankExact: true });
    expect(await quotaOf(school.id)).toBe(1);
  });

  it('concurrent approvals of one teacher\'s works count each once, with an exact rank; takedowns reverse them', async () => {
    const { school, teacher, admin } = await privateSchool();
    const ids: string[] = [];
    for (let i = 0; i < 4; i++) ids.push(await submitted(teacher.token, school.id));
    const results = await Promise.all(ids.map((id) => approve(id, admin.token)));
    expect(results.map((r) => r.status)).toEqual([200, 200, 200, 200]);
    for (const scope of ['cvea', 'sd']) expect(await contributionOf(scope, teacher.id)).toMatchObject({ published: 4, rankExact: true });
    expect(await quotaOf(school.id)).toBe(4);
    const top = await call('resources.top', { params: { orgId: 'sd' }, token: teacher.token });
    expect(top.status).toBe(200);
    const sd = await loginAs('sd.admin');
    const downs = await Promise.all(ids.slice(0, 3).map((id) => takedown(id, sd)));
    expect(downs.map((r) => r.status)).toEqual([200, 200, 200]);
    for (const scope of ['cvea', 'sd']) expect(await contributionOf(scope, teacher.id)).toMatchObject({ published: 1, rankExact: true });
    expect(await quotaOf(school.id)).toBe(1);
    expect((await takedown(ids[3]!, sd)).status).toBe(200);
    expect((await takedown(ids[3]!, sd)).status).toBe(409);
    for (const scope of ['cvea', 'sd']) expect(await contributionOf(scope, teacher.id)).toEqual({ published: 0, rankKey: null, rankExact: true });
    expect(await quotaOf(school.id)).toBe(0);
    const quotas = await call('resources.quotas', { params: { orgId: school.id }, token: admin.token });
    expect(quotas.body.items).toEqual([expect.objectContaining({ orgId: school.id, published: 0 })]);
  });

  it('a signed-in account\'s opening counts one view per resource per day, also under concurrency', async () => {
    const { school, teacher, admin } = await privateSchool();
    const id = await submitted(teacher.token, school.id);
    await approve(id, admin.token);
    const open = (token: string) => call('resources.get', { params: { resourceId: id }, token });
    const reader = await loginAs('li.member');
    expect((await open(reader)).body.counts.views).toBe(1);
    expect((await open(reader)).body.counts.views).toBe(1);
    const many = await Promise.all(Array.from({ length: 12 }, () => open(admin.token)));
    expect(many.every((r) => r.status === 200)).toBe(true);
    expect((await open(teacher.token)).body.counts.views).toBe(3);
    expect((await open(admin.token)).body.counts).toEqual({ views: 3, downloads: 0 });
  });

  it('nobody reviews their own work; only orgs with a yearly quota take submissions', async () => {
    const { school, admin } = await privateSchool();
    const own = await submitted(admin.token, school.id);
    const self = await approve(own, admin.token);
    expect(self.status).toBe(409);
    expect(self.body.error.code).toBe('resource.own_work');
    const selfReturn = await call('resources.review', { params: { resourceId: own }, token: admin.token, body: { decision: 'return', reason: '自己退回' } });
    expect(selfReturn.body.error.code).toBe('resource.own_work');
    expect((await getItem(keys.resource(own)))?.status).toBe('pending');
    const city = await loginAs('jn.admin');
    const uploadId = await uploadFile(city, 'sd-jn', '市学会.mp4', 'video/mp4', 'video', fileBytes(4096));
    const atCity = await call('resources.create', {
      params: { orgId: 'sd-jn' }, token: city,
      body: { uploadId, title: '学会不是学校', category: 'micro_course', subject: 'cnc', authors: ['x'] },
    });
    expect(atCity.status).toBe(400);
    expect(atCity.body.error.fields).toEqual({ orgId: ['org.not_contributor'] });
    expect((await getItem(keys.upload(uploadId)))?.usedBy).toBeUndefined();
  });

  it('an upload (and a cover) backs one work only, also when submitted twice at once', async () => {
    const { school, teacher, admin } = await privateSchool();
    const uploadId = await uploadFile(teacher.token, school.id, 'clip.mp4', 'video/mp4', 'video', fileBytes(4096));
    const body = { uploadId, title: '只能提交一次', category: 'micro_course', subject: 'cnc', authors: ['x'] };
    const both = await Promise.all([0, 1].map(() => call('resources.create', { params: { orgId: school.id }, token: teacher.token, body })));
    expect(both.map((r) => r.status).sort()).toEqual([201, 409]);
    expect(both.find((r) => r.status === 409)?.body.error.code).toBe('upload.already_used');
    const winner = both.find((r) => r.status === 201)?.body.id;
    expect((await getItem(keys.upload(uploadId)))?.usedBy).toBe(winner);
    const cover = await uploadFile(teacher.token, school.id, 'cover.png', 'image/png', 'image', fileBytes(2048, PNG_HEAD));
    expect((await submitWork(teacher.token, school.id, { coverUploadId: cover })).status).toBe(201);
    const again = await submitWork(teacher.token, school.id, { coverUploadId: cover });
    expect(again.status).toBe(409);
    expect(again.body.error.code).toBe('cover.already_used');
    const pending = await call('resources.school', { params: { orgId: school.id }, token: admin.token });
    expect(pending.body.items).toHaveLength(2);
  });

  it('readers of a published work see neither its review trail nor the uploader\'s id; the uploader and overseers do', async () => {
    const { school, teacher, admin } = await privateSchool();
    const id = await submitted(teacher.token, school.id);
    await approve(id, admin.token);
    const reader = await call('resources.get', { params: { resourceId: id }, token: await loginAs('gd.admin') });
    expect(reader.status).toBe(200);
    expect(reader.body.resource).not.toHaveProperty('trail');
    expect(reader.body.resource).not.toHaveProperty('uploaderId');
    expect(reader.body.resource).toMatchObject({ id, uploaderName: '测试teacher', schoolName: school.name });
    for (const token of [teacher.token, admin.token, await loginAs('sd.admin')]) {
      const full = await call('resources.get', { params: { resourceId: id }, token });
      expect(full.body.resource).toMatchObject({ uploaderId: teacher.id, trail: [{ action: 'submitted' }, { action: 'approved', by: admin.id }] });
    }
    const list = await call('resources.published', { params: { orgId: school.id }, token: teacher.token });
    const listed = (list.body.items as Record<string, unknown>[]).find((i) => i.id === id);
    expect(listed).toBeDefined();
    expect(listed).not.toHaveProperty('trail');
    expect(listed).not.toHaveProperty('uploaderId');
  });
});
