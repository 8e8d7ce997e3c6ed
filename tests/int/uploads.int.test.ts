import { HeadObjectCommand } from '@aws-sdk/client-s3';
import { describe, expect, it } from 'vitest';
import { PART_SIZE } from '@trellis/shared/uploads/purposes';
import { bucketName, s3 } from '../../functions/src/adapters/s3/client';
import { call, loginAs } from './api-client';
import { fileBytes, putParts } from './upload-flow';

async function start(token: string, size: number, extra: Record<string, unknown> = {}) {
  return call('uploads.create', {
    params: { orgId: 'sd-jn-xxgc' }, token,
    body: { fileName: '微课-数控车床.mp4', size, contentType: 'video/mp4', purpose: 'video', ...extra },
  });
}

async function exists(key: string): Promise<boolean> {
  try {
    await s3().send(new HeadObjectCommand({ Bucket: bucketName(), Key: key }));
    return true;
  } catch {
    return false;
  }
}

describe('direct multipart uploads', () => {
  it('runs the whole flow: create, sign, put parts, list, complete', async () => {
    const token = await loginAs('wang.teacher');
    const size = PART_SIZE + 4096;
    const created = await start(token, size);
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    expect(created.body).toMatchObject({ partCount: 2, partSize: PART_SIZE, status: 'uploading' });
    expect(created.body.key).toMatch(/^orgs\/sd-jn-xxgc\/uploads\/up-[a-z0-9-]+\.mp4$/);
    const { uploadId } = created.body;
    await putParts(token, uploadId, fileBytes(size));
    const parts = await call('uploads.listParts', { params: { uploadId }, token });
    expect(parts.body.parts.map((p: { PartNumber: number; Size: number }) => [p.PartNumber, p.Size])).toEqual([[1, PART_SIZE], [2, 4096]]);
    const done = await call('uploads.complete', { params: { uploadId }, token });
    expect(done.status, JSON.stringify(done.body)).toBe(200);
    expect(done.body.status).toBe('completed');
    expect(await exists(created.body.key)).toBe(true);
    expect((await call('uploads.complete', { params: { uploadId }, token })).status).toBe(409);
  });

  it('refuses declarations over the cap or of the wrong type, writing nothing', async () => {
    const token = await loginAs('wang.teacher');
    expect((await start(token, 314_572_801)).body.error.fields).toEqual({ size: ['upload.too_large'] });
    expect((await start(token, 1000, { fileName: 'setup.exe', contentType: 'application/x-msdownload' })).body.error.fields).toEqual({ contentType: ['upload.type_not_allowed'] });
    expect((await start(token, 1000, { contentType: 'application/pdf' })).status).toBe(400);
    expect((await start(token, 1000, { purpose: 'image' })).status).toBe(400);
  });

  it('deletes and refuses an object whose stored size differs from the declaration', async () => {
    const token = await loginAs('wang.teacher');
    const created = await start(token, 5000);
    const short = fileBytes(3000);
    await putParts(token, created.body.uploadId, short, () => 5000);
    const done = await call('uploads.complete', { params: { uploadId: created.body.uploadId }, token });
    expect(done.body.error.fields).toEqual({ size: ['upload.size_mismatch'] });
    expect(await exists(created.body.key)).toBe(false);
  });

  it('deletes and refuses a file whose first bytes are not what its type claims', async () => {
    const token = await loginAs('wang.teacher');
    const created = await start(token, 2048);
    await putParts(token, created.body.uploadId, fileBytes(2048, Buffer.from('MZ this is not a video')));
    const done = await call('uploads.complete', { params: { uploadId: created.body.uploadId }, token });
    expect(done.body.error.fields).toEqual({ contentType: ['upload.content_mismatch'] });
    expect(await exists(created.body.key)).toBe(false);
  });

  it('refuses a part of the wrong size and part numbers out of range', async () => {
    const token = await loginAs('wang.teacher');
    const { uploadId } = (await start(token, PART_SIZE + 10)).body;
    const wrong = await call('uploads.recordPart', { params: { uploadId, partNumber: '2' }, token, body: { etag: '"x"', size: 11 } });
    expect(wrong.body.error.fields).toEqual({ size: ['part.size_mismatch'] });
    expect((await call('uploads.sign', { params: { uploadId }, token, body: { partNumbers: [3] } })).body.error.fields).toEqual({ partNumbers: ['part.out_of_range'] });
    const incomplete = await call('uploads.complete', { params: { uploadId }, token });
    expect(incomplete.body.error.fields).toEqual({ parts: ['upload.parts_missing'] });
  });

  it('answers 403 to anyone but the uploader, inside the school or not', async () => {
    const token = await loginAs('wang.teacher');
    const { uploadId } = (await start(token, 1000)).body;
    for (const user of ['jnxx.admin', 'gd.admin', 'li.member']) {
      const res = await call('uploads.sign', { params: { uploadId }, token: await loginAs(user), body: { partNumbers: [1] } });
      expect(res.status, user).toBe(403);
    }
    expect((await call('uploads.sign', { params: { uploadId: 'up-missing' }, token, body: { partNumbers: [1] } })).status).toBe(403);
    expect((await start(await loginAs('li.member'), 1000)).status).toBe(403);
  });

  it('re-signs part URLs that expired mid-upload', async () => {
    const token = await loginAs('wang.teacher');
    const { uploadId } = (await start(token, 1000)).body;
    const first = await call('uploads.sign', { params: { uploadId }, token, body: { partNumbers: [1] } });
    await new Promise((r) => setTimeout(r, 1100));
    const again = await call('uploads.sign', { params: { uploadId }, token, body: { partNumbers: [1] } });
    expect(again.body.urls[0].url).not.toBe(first.body.urls[0].url);
    expect(Date.parse(again.body.urls[0].expiresAt)).toBeGreaterThan(Date.parse(first.body.urls[0].expiresAt));
    expect(again.body.urls[0].url).toContain('X-Amz-Expires=900');
  });

  it('abort closes the upload: no more signing, listing or completing', async () => {
    const token = await loginAs('wang.teacher');
    const { uploadId } = (await start(token, 1000)).body;
    await putParts(token, uploadId, fileBytes(1000));
    expect((await call('uploads.abort', { params: { uploadId }, token })).status).toBe(204);
    expect((await call('uploads.sign', { params: { uploadId }, token, body: { partNumbers: [1] } })).status).toBe(409);
    expect((await call('uploads.listParts', { params: { uploadId }, token })).status).toBe(409);
    expect((await call('uploads.complete', { params: { uploadId }, token })).status).toBe(409);
  });
});
