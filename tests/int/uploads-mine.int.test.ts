import { createHash } from 'node:crypto';
import { HeadObjectCommand } from '@aws-sdk/client-s3';
import { UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { describe, expect, it } from 'vitest';
import { keys } from '@trellis/shared/data/keys';
import { PART_SIZE } from '@trellis/shared/uploads/purposes';
import type { MyUpload } from '@trellis/shared/uploads/schemas';
import { ddb, tableName } from '../../functions/src/adapters/dynamodb/table/client';
import { bucketName, s3 } from '../../functions/src/adapters/s3/client';
import { call, loginAs, uniqueSuffix } from './api-client';
import { fileBytes, putParts } from './upload-flow';

/**
 * "My uploads" kept by the server (issue 14, defect 3): an account's unfinished uploads and its
 * finished ones not yet submitted to the library, with name, size, stored bytes and date, from
 * any browser; discarding one; the first part's hash kept for recognising the same file again.
 */
const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');

async function exists(key: string): Promise<boolean> {
  try {
    await s3().send(new HeadObjectCommand({ Bucket: bucketName(), Key: key }));
    return true;
  } catch {
    return false;
  }
}

async function start(token: string, fileName: string, bytes: Buffer) {
  const created = await call('uploads.create', {
    params: { orgId: 'sd-jn-xxgc' }, token,
    body: { fileName, size: bytes.length, contentType: 'video/mp4', purpose: 'video', firstPartSha256: sha256(bytes.subarray(0, PART_SIZE)) },
  });
  expect(created.status, JSON.stringify(created.body)).toBe(201);
  return created.body as { uploadId: string; key: string };
}

async function mine(token: string, cursor?: string): Promise<MyUpload[]> {
  const res = await call('uploads.mine', { token, query: cursor ? { cursor } : {} });
  expect(res.status, JSON.stringify(res.body)).toBe(200);
  return res.body.items as MyUpload[];
}
const find = async (token: string, uploadId: string) => (await mine(token)).find((u) => u.uploadId === uploadId);

/** Sends only the first `count` parts of `bytes` (what a browser had done before it was closed). */
async function putFirstParts(token: string, uploadId: string, bytes: Buffer, count: number) {
  await putParts(token, uploadId, bytes.subarray(0, count * PART_SIZE));
}

describe('my uploads, kept by the server', () => {
  it('lists an unfinished upload with its stored bytes and first-part hash, then as completed, and not once submitted', async () => {
    const token = await loginAs('wang.teacher');
    const bytes = fileBytes(2 * PART_SIZE + 5000);
    const name = `续传-${uniqueSuffix()}.mp4`;
    const { uploadId } = await start(token, name, bytes);
    expect(await find(token, uploadId)).toMatchObject({
      fileName: name, size: bytes.length, state: 'uploading', storedBytes: 0, partCount: 3, orgId: 'sd-jn-xxgc', purpose: 'video',
      firstPartSha256: sha256(bytes.subarray(0, PART_SIZE)),
    });
    await putFirstParts(token, uploadId, bytes, 1);
    // Recording a part again (a resent part) does not count it twice.
    const listed = await call('uploads.listParts', { params: { uploadId }, token });
    const [first] = listed.body.parts as { ETag: string }[];
    await call('uploads.recordPart', { params: { uploadId, partNumber: '1' }, token, body: { etag: first?.ETag, size: PART_SIZE } });
    const half = await find(token, uploadId);
    expect(half?.storedBytes).toBe(PART_SIZE);
    expect(Date.parse(half?.createdAt ?? '')).toBeGreaterThan(Date.now() - 60_000);

    await putParts(token, uploadId, bytes);
    expect((await call('uploads.complete', { params: { uploadId }, token })).status).toBe(200);
    expect(await find(token, uploadId)).toMatchObject({ state: 'completed', storedBytes: bytes.length });

    const made = await call('resources.create', {
      params: { orgId: 'sd-jn-xxgc' }, token,
      body: { uploadId, title: `续传测试 ${name}`, category: 'micro_course', subject: 'cnc', authors: ['王芳'] },
    });
    expect(made.status, JSON.stringify(made.body)).toBe(201);
    expect(await find(token, uploadId)).toBeUndefined();
  });

  it('shows only my own uploads; nobody else can discard one (403, as for a missing upload)', async () => {
    const token = await loginAs('wang.teacher');
    const { uploadId, key } = await start(token, `别人的-${uniqueSuffix()}.mp4`, fileBytes(3000));
    await putParts(token, uploadId, fileBytes(3000));
    for (const user of ['jnxx.admin', 'gd.admin']) {
      const other = await loginAs(user);
      expect((await mine(other)).some((u) => u.uploadId === uploadId), user).toBe(false);
      expect((await call('uploads.abort', { params: { uploadId }, token: other })).status, user).toBe(403);
    }
    expect((await call('uploads.abort', { params: { uploadId: 'up-missing' }, token })).status).toBe(403);
    expect(await find(token, uploadId)).toMatchObject({ state: 'uploading', storedBytes: 3000 });
    expect((await call('uploads.mine', {})).status).toBe(401);
    // Still there for its owner, who discards it.
    expect((await call('uploads.abort', { params: { uploadId }, token })).status).toBe(204);
    expect(await find(token, uploadId)).toBeUndefined();
    expect(await exists(key)).toBe(false);
  });

  it('discards a finished, unsubmitted upload (object deleted); a submitted one is kept (409 upload.in_use)', async () => {
    const token = await loginAs('wang.teacher');
    const bytes = fileBytes(3000);
    const kept = await start(token, `待提交-${uniqueSuffix()}.mp4`, bytes);
    await putParts(token, kept.uploadId, bytes);
    expect((await call('uploads.complete', { params: { uploadId: kept.uploadId }, token })).status).toBe(200);
    expect(await exists(kept.key)).toBe(true);
    expect((await call('uploads.abort', { params: { uploadId: kept.uploadId }, token })).status).toBe(204);
    expect(await exists(kept.key)).toBe(false);
    expect(await find(token, kept.uploadId)).toBeUndefined();
    // Discarded means gone for the library too.
    const late = await call('resources.create', {
      params: { orgId: 'sd-jn-xxgc' }, token,
      body: { uploadId: kept.uploadId, title: '已删除的文件', category: 'micro_course', subject: 'cnc', authors: ['王芳'] },
    });
    expect(late.body.error.fields).toEqual({ uploadId: ['upload.not_usable'] });

    const used = await start(token, `已提交-${uniqueSuffix()}.mp4`, bytes);
    await putParts(token, used.uploadId, bytes);
    await call('uploads.complete', { params: { uploadId: used.uploadId }, token });
    const made = await call('resources.create', {
      params: { orgId: 'sd-jn-xxgc' }, token,
      body: { uploadId: used.uploadId, title: '已提交的文件', category: 'micro_course', subject: 'cnc', authors: ['王芳'] },
    });
    expect(made.status).toBe(201);
    const refused = await call('uploads.abort', { params: { uploadId: used.uploadId }, token });
    expect(refused.status).toBe(409);
    expect(refused.body.error.code).toBe('upload.in_use');
    expect(await exists(used.key)).toBe(true);
  });

  it('marks an upload the store no longer keeps as expired; it can still be discarded', async () => {
    const token = await loginAs('wang.teacher');
    const { uploadId } = await start(token, `过期-${uniqueSuffix()}.mp4`, fileBytes(3000));
    await ddb().send(new UpdateCommand({
      TableName: tableName(), Key: keys.upload(uploadId),
      UpdateExpression: 'SET createdAt = :c', ExpressionAttributeValues: { ':c': new Date(Date.now() - 25 * 3_600_000).toISOString() },
    }));
    expect((await find(token, uploadId))?.state).toBe('expired');
    expect((await call('uploads.abort', { params: { uploadId }, token })).status).toBe(204);
    expect(await find(token, uploadId)).toBeUndefined();
  });

  it('refuses a malformed first-part hash and a forged cursor (400, nothing written)', async () => {
    const token = await loginAs('wang.teacher');
    const name = `坏校验-${uniqueSuffix()}.mp4`;
    const bad = await call('uploads.create', {
      params: { orgId: 'sd-jn-xxgc' }, token,
      body: { fileName: name, size: 3000, contentType: 'video/mp4', purpose: 'video', firstPartSha256: 'not-a-hash' },
    });
    expect(bad.status).toBe(400);
    expect(bad.body.error.fields).toEqual({ firstPartSha256: ['first_part_hash.invalid'] });
    expect((await mine(token)).some((u) => u.fileName === name)).toBe(false);
    const forged = await call('uploads.mine', { token, query: { cursor: 'eyJmb3JnZWQiOnRydWV9' } });
    expect(forged.status).toBe(400);
    expect(forged.body.error).toMatchObject({ code: 'validation.failed', fields: { cursor: ['cursor.invalid'] } });
  });
});
