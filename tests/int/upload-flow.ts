import { expect } from 'vitest';
import { PART_SIZE } from '@trellis/shared/uploads/purposes';
import { call } from './api-client';

export const MP4_HEAD = Buffer.concat([Buffer.from([0, 0, 0, 0x20]), Buffer.from('ftypisom'), Buffer.alloc(20)]);
export const PNG_HEAD = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

export function fileBytes(size: number, head: Buffer = MP4_HEAD): Buffer {
  const bytes = Buffer.alloc(size, 7);
  head.copy(bytes, 0);
  return bytes;
}

/** What the browser does: PUT each part to its presigned URL, then report the ETag. */
export async function putParts(token: string, uploadId: string, bytes: Buffer, report: (n: number, len: number) => number = (_, len) => len) {
  const count = Math.ceil(bytes.length / PART_SIZE);
  const numbers = Array.from({ length: count }, (_, i) => i + 1);
  const signed = await call('uploads.sign', { params: { uploadId }, token, body: { partNumbers: numbers } });
  expect(signed.status, JSON.stringify(signed.body)).toBe(200);
  for (const { partNumber, url, contentLength } of signed.body.urls as { partNumber: number; url: string; contentLength: number }[]) {
    const body = bytes.subarray((partNumber - 1) * PART_SIZE, (partNumber - 1) * PART_SIZE + contentLength);
    const put = await fetch(url, { method: 'PUT', body: new Uint8Array(body) });
    expect(put.status).toBe(200);
    const etag = put.headers.get('etag') ?? '';
    const rec = await call('uploads.recordPart', { params: { uploadId, partNumber: String(partNumber) }, token, body: { etag, size: report(partNumber, body.length) } });
    expect(rec.status, JSON.stringify(rec.body)).toBe(200);
  }
}

/** A whole upload through the API; returns the upload id. */
export async function uploadFile(token: string, orgId: string, fileName: string, contentType: string, purpose: string, bytes: Buffer): Promise<string> {
  const created = await call('uploads.create', { params: { orgId }, token, body: { fileName, size: bytes.length, contentType, purpose } });
  expect(created.status, JSON.stringify(created.body)).toBe(201);
  await putParts(token, created.body.uploadId, bytes);
  const done = await call('uploads.complete', { params: { uploadId: created.body.uploadId }, token });
  expect(done.status, JSON.stringify(done.body)).toBe(200);
  return created.body.uploadId as string;
}
