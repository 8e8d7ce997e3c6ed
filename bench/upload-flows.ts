import { randomFillSync } from 'node:crypto';
import {
  CompleteMultipartUploadCommand, CreateMultipartUploadCommand, DeleteObjectCommand, S3Client, UploadPartCommand,
} from '@aws-sdk/client-s3';
import { getSignedUrl } from '@aws-sdk/s3-request-presigner';
import { PART_SIZE, partBytes, partCount } from '@trellis/shared/uploads/purposes';
import { DEMO_PASSWORD } from '../dev/demo-data';
import { runBounded } from './bounded-pool';

/**
 * The two ways the upload benchmark sends a file: through the app's flow over HTTP (the
 * local gateway: create, sign, PUT each part to its presigned URL, record it, complete), and
 * as raw presigned UploadPart PUTs of the same parts straight to the same s3rver. Both PUT
 * with the same client (fetch) and the same parallelism, so the difference is the app.
 */

export const BUCKET = 'trellis-media';
export const ORG = 'sd-jn-xxgc';
export const UPLOADER = 'wang.teacher';
const MiB = 2 ** 20;

/** `size` bytes of random content that starts like an MP4 file ('ftyp' at bytes 4..7). */
export function mp4Bytes(size: number): Buffer {
  const bytes = randomFillSync(Buffer.allocUnsafeSlow(size));
  Buffer.concat([Buffer.from([0, 0, 0, 0x20]), Buffer.from('ftypisom'), Buffer.alloc(20)]).copy(bytes, 0);
  return bytes;
}

export interface Api {
  base: string;
  token: string;
}

async function request<T>(base: string, method: string, path: string, body: unknown, expected: number, token?: string): Promise<T> {
  const res = await fetch(`${base}${path}`, {
    method,
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await res.text();
  if (res.status !== expected) throw new Error(`${method} ${path}: expected HTTP ${expected}, got ${res.status} ${text}`);
  return (text ? JSON.parse(text) : null) as T;
}

export async function login(base: string, username = UPLOADER, password = DEMO_PASSWORD): Promise<Api> {
  const { token } = await request<{ token: string }>(base, 'POST', '/auth/login', { login: username, password }, 200);
  return { base, token };
}

const call = <T>(api: Api, method: string, path: string, body: unknown, expected = 200) =>
  request<T>(api.base, method, path, body, expected, api.token);

/** A part's bytes, without copying (the file buffer is a plain ArrayBuffer). */
const partOf = (bytes: Buffer, n: number) =>
  bytes.subarray((n - 1) * PART_SIZE, (n - 1) * PART_SIZE + partBytes(n, bytes.length)) as Uint8Array<ArrayBuffer>;

/** PUTs one part to a presigned URL, as a browser does; returns its ETag and how long it took. */
async function putPart(url: string, body: Uint8Array<ArrayBuffer>): Promise<{ etag: string; ms: number }> {
  const started = performance.now();
  const res = await fetch(url, { method: 'PUT', body });
  await res.arrayBuffer();
  if (res.status !== 200) throw new Error(`part PUT: HTTP ${res.status}`);
  const etag = res.headers.get('etag');
  if (!etag) throw new Error('part PUT: no ETag');
  return { etag, ms: performance.now() - started };
}

const mibPerSecond = (bytes: number, seconds: number) => bytes / MiB / seconds;
const since = (t: number) => (performance.now() - t) / 1000;

export interface AppRun {
  kind: 'app';
  bytes: number;
  parts: number;
  /** create → complete, end to end. */
  seconds: number;
  mbps: number;
  /** create + sign, the part PUTs with their recordPart calls, complete. */
  phases: { startSeconds: number; partsSeconds: number; completeSeconds: number };
  partPutMs: number[];
  recordPartMs: number[];
  key: string;
}

/**
 * The app's flow over HTTP: `concurrency` parts in flight, then complete. By default the parts'
 * ETags are reported with complete in one request (what a client does that needs no
 * resume-after-reload); with `recordEach` each part is also recorded after its PUT, pipelined,
 * as the web uploader does so that a reloaded page can resume.
 */
export async function appUpload(api: Api, bytes: Buffer, concurrency: number, recordEach = false): Promise<AppRun> {
  const t0 = performance.now();
  const created = await call<{ uploadId: string; key: string; partCount: number; status: string }>(
    api, 'POST', `/orgs/${ORG}/uploads`,
    { fileName: '微课-数控车床.mp4', size: bytes.length, contentType: 'video/mp4', purpose: 'video' }, 201,
  );
  const numbers = Array.from({ length: created.partCount }, (_, i) => i + 1);
  const { urls } = await call<{ urls: { partNumber: number; url: string; contentLength: number }[] }>(
    api, 'POST', `/uploads/${created.uploadId}/sign`, { partNumbers: numbers },
  );
  const startSeconds = since(t0);
  const t1 = performance.now();
  const partPutMs: number[] = [];
  const recordPartMs: number[] = [];
  const stored: { partNumber: number; etag: string; size: number }[] = [];
  const records: Promise<void>[] = [];
  await runBounded(urls, concurrency, async ({ partNumber, url, contentLength }) => {
    const body = partOf(bytes, partNumber);
    if (body.length !== contentLength) throw new Error(`part ${partNumber}: ${body.length} bytes, signed for ${contentLength}`);
    const { etag, ms } = await putPart(url, body);
    partPutMs.push(ms);
    stored.push({ partNumber, etag, size: body.length });
    if (!recordEach) return;
    const t = performance.now();
    records.push(
      call(api, 'PUT', `/uploads/${created.uploadId}/parts/${partNumber}`, { etag, size: body.length }).then(() => {
        recordPartMs.push(performance.now() - t);
      }),
    );
  });
  await Promise.all(records);
  const partsSeconds = since(t1);
  const t2 = performance.now();
  const done = await call<{ status: string }>(api, 'POST', `/uploads/${created.uploadId}/complete`, recordEach ? undefined : { parts: stored });
  if (done.status !== 'completed') throw new Error(`complete: status ${done.status}`);
  const completeSeconds = since(t2);
  const seconds = since(t0);
  return {
    kind: 'app', bytes: bytes.length, parts: created.partCount, seconds, mbps: mibPerSecond(bytes.length, seconds),
    phases: { startSeconds, partsSeconds, completeSeconds }, partPutMs, recordPartMs, key: created.key,
  };
}

/** s3rver's built-in key pair, path-style, as functions/src/adapters/s3/client.ts uses locally. */
export function storeClient(endpoint: string): S3Client {
  return new S3Client({
    region: 'cn-north-1', endpoint, forcePathStyle: true, credentials: { accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER' },
  });
}

export interface RawRun {
  kind: 'raw';
  bytes: number;
  parts: number;
  /**
   * CreateMultipartUpload + presigning, the part PUTs and CompleteMultipartUpload, end to end:
   * the same store steps as the app's flow, so the two are compared like for like.
   */
  seconds: number;
  mbps: number;
  setupSeconds: number;
  putSeconds: number;
  completeSeconds: number;
  /** The part PUTs alone (how earlier runs timed raw, which left the store's concatenation out). */
  putsOnlyMBps: number;
  /** Same as `mbps` (kept for the results file's earlier field). */
  withMultipartMBps: number;
  partPutMs: number[];
  key: string;
}

/** The same parts as raw presigned UploadPart PUTs straight to the store, `concurrency` in flight. */
export async function rawUpload(s3: S3Client, bytes: Buffer, concurrency: number, key: string): Promise<RawRun> {
  const t0 = performance.now();
  const { UploadId } = await s3.send(new CreateMultipartUploadCommand({ Bucket: BUCKET, Key: key, ContentType: 'video/mp4' }));
  if (!UploadId) throw new Error('no UploadId from CreateMultipartUpload');
  const count = partCount(bytes.length);
  const urls = await Promise.all(
    Array.from({ length: count }, (_, i) => i + 1).map(async (partNumber) => ({
      partNumber,
      url: await getSignedUrl(
        s3,
        new UploadPartCommand({ Bucket: BUCKET, Key: key, UploadId, PartNumber: partNumber, ContentLength: partBytes(partNumber, bytes.length) }),
        { expiresIn: 900, signableHeaders: new Set(['content-length']) },
      ),
    })),
  );
  const setupSeconds = since(t0);
  const t1 = performance.now();
  const etags = new Map<number, string>();
  const partPutMs: number[] = [];
  await runBounded(urls, concurrency, async ({ partNumber, url }) => {
    const { etag, ms } = await putPart(url, partOf(bytes, partNumber));
    etags.set(partNumber, etag);
    partPutMs.push(ms);
  });
  const putSeconds = since(t1);
  const t2 = performance.now();
  await s3.send(
    new CompleteMultipartUploadCommand({
      Bucket: BUCKET, Key: key, UploadId,
      MultipartUpload: { Parts: [...etags].sort(([a], [b]) => a - b).map(([PartNumber, ETag]) => ({ PartNumber, ETag })) },
    }),
  );
  const completeSeconds = since(t2);
  const seconds = since(t0);
  return {
    kind: 'raw', bytes: bytes.length, parts: count, seconds, mbps: mibPerSecond(bytes.length, seconds), setupSeconds, putSeconds, completeSeconds,
    putsOnlyMBps: mibPerSecond(bytes.length, putSeconds), withMultipartMBps: mibPerSecond(bytes.length, seconds), partPutMs, key,
  };
}

/** Drops a finished object so the store's directory does not fill up over the runs. */
export async function deleteStored(s3: S3Client, key: string): Promise<void> {
  await s3.send(new DeleteObjectCommand({ Bucket: BUCKET, Key: key }));
}
