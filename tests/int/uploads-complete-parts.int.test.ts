import { HeadObjectCommand } from '@aws-sdk/client-s3';
import { describe, expect, it } from 'vitest';
import { PART_SIZE } from '@trellis/shared/uploads/purposes';
import { bucketName, s3 } from '../../functions/src/adapters/s3/client';
import { readMeter, resetMeter } from '../../functions/src/adapters/dynamodb/table/request-meter';
import { call, loginAs } from './api-client';
import { fileBytes } from './upload-flow';

/** PUTs every part to its presigned URL and returns what the store answered, without recordPart. */
async function storeParts(token: string, uploadId: string, bytes: Buffer) {
  const count = Math.ceil(bytes.length / PART_SIZE);
  const signed = await call('uploads.sign', { params: { uploadId }, token, body: { partNumbers: Array.from({ length: count }, (_, i) => i + 1) } });
  const parts: { partNumber: number; etag: string; size: number }[] = [];
  for (const { partNumber, url, contentLength } of signed.body.urls as { partNumber: number; url: string; contentLength: number }[]) {
    const body = bytes.subarray((partNumber - 1) * PART_SIZE, (partNumber - 1) * PART_SIZE + contentLength);
    const put = await fetch(url, { method: 'PUT', body: new Uint8Array(body) });
    expect(put.status).toBe(200);
    parts.push({ partNumber, etag: put.headers.get('etag') ?? '', size: body.length });
  }
  return parts;
}

describe('complete with the parts reported in the same request', () => {
  it('completes without any recordPart call; the parts are checked for size', async () => {
    const token = await loginAs('wang.teacher');
    const bytes = fileBytes(PART_SIZE * 2 + 1000);
    const created = await call('uploads.create', {
      params: { orgId: 'sd-jn-xxgc' }, token, body: { fileName: '一次提交.mp4', size: bytes.length, contentType: 'video/mp4', purpose: 'video' },
    });
    const { uploadId, key } = created.body as { uploadId: string; key: string };
    const parts = await storeParts(token, uploadId, bytes);

    const missing = await call('uploads.complete', { params: { uploadId }, token, body: { parts: parts.slice(0, 2) } });
    expect(missing.body.error.fields).toEqual({ parts: ['upload.parts_missing'] });
    const wrongSize = await call('uploads.complete', { params: { uploadId }, token, body: { parts: parts.map((p) => ({ ...p, size: p.size + 1 })) } });
    expect(wrongSize.body.error.fields).toEqual({ parts: ['part.size_mismatch'] });

    resetMeter();
    const done = await call('uploads.complete', { params: { uploadId }, token, body: { parts } });
    expect(done.status, JSON.stringify(done.body)).toBe(200);
    expect(done.body.status).toBe('completed');
    // Session, upload record (policy target), its parts, and the conditional finish: no writes per part.
    expect(readMeter().byCommand.PutItemCommand ?? 0).toBe(0);
    const head = await s3().send(new HeadObjectCommand({ Bucket: bucketName(), Key: key }));
    expect(head.ContentLength).toBe(bytes.length);
    const again = await call('uploads.complete', { params: { uploadId }, token, body: { parts } });
    expect(again.status).toBe(409);
  });

  it('merges reported parts with recorded ones (a browser that recorded some before a reload)', async () => {
    const token = await loginAs('wang.teacher');
    const bytes = fileBytes(PART_SIZE + 500);
    const created = await call('uploads.create', {
      params: { orgId: 'sd-jn-xxgc' }, token, body: { fileName: '合并.mp4', size: bytes.length, contentType: 'video/mp4', purpose: 'video' },
    });
    const uploadId = created.body.uploadId as string;
    const [first, second] = await storeParts(token, uploadId, bytes);
    const rec = await call('uploads.recordPart', { params: { uploadId, partNumber: '1' }, token, body: { etag: first!.etag, size: first!.size } });
    expect(rec.status).toBe(200);
    const done = await call('uploads.complete', { params: { uploadId }, token, body: { parts: [second] } });
    expect(done.status, JSON.stringify(done.body)).toBe(200);
  });

  it('a part the store never held, or a wrong ETag, is refused 400 upload.parts_invalid (s3rver used to crash the stack); the real parts then complete', async () => {
    const token = await loginAs('wang.teacher');
    const bytes = fileBytes(PART_SIZE * 2 + 1000);
    const created = await call('uploads.create', {
      params: { orgId: 'sd-jn-xxgc' }, token, body: { fileName: '缺片.mp4', size: bytes.length, contentType: 'video/mp4', purpose: 'video' },
    });
    const { uploadId } = created.body as { uploadId: string };
    const stored = await storeParts(token, uploadId, bytes.subarray(0, PART_SIZE * 2));
    const never = { partNumber: 3, etag: '"0123456789abcdef0123456789abcdef"', size: 1000 };
    const missing = await call('uploads.complete', { params: { uploadId }, token, body: { parts: [...stored, never] } });
    expect(missing.status, JSON.stringify(missing.body)).toBe(400);
    expect(missing.body.error.fields).toEqual({ parts: ['upload.parts_invalid'] });
    const forged = await call('uploads.complete', { params: { uploadId }, token, body: { parts: [{ ...stored[0]!, etag: '"ffffffffffffffffffffffffffffffff"' }, ...stored.slice(1), never] } });
    expect(forged.status).toBe(400);
    expect(forged.body.error.fields).toEqual({ parts: ['upload.parts_invalid'] });
    // The store is still up and the upload still open: the last part arrives and it completes.
    const signed = await call('uploads.sign', { params: { uploadId }, token, body: { partNumbers: [3] } });
    const [last] = signed.body.urls as { url: string; contentLength: number }[];
    const put = await fetch(last!.url, { method: 'PUT', body: new Uint8Array(bytes.subarray(PART_SIZE * 2)) });
    const done = await call('uploads.complete', { params: { uploadId }, token, body: { parts: [...stored, { partNumber: 3, etag: put.headers.get('etag') ?? '', size: 1000 }] } });
    expect(done.status, JSON.stringify(done.body)).toBe(200);
  });
});
