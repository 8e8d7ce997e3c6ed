import { CompleteMultipartUploadCommand, DeleteObjectCommand, HeadObjectCommand, S3ServiceException } from '@aws-sdk/client-s3';
import { UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { keys } from '@trellis/shared/data/keys';
import { ddb, tableName } from '../../functions/src/adapters/dynamodb/table/client';
import { bucketName, s3 } from '../../functions/src/adapters/s3/client';
import { call, loginAs } from './api-client';
import { fileBytes, putParts } from './upload-flow';

/**
 * Recovery and races around completing and cancelling uploads. s3rver is the store; faults and
 * interleavings are injected at the S3 client: a call can throw once, or run another request
 * right before it goes out. s3rver lacks one S3 behaviour these cases need, emulated here:
 * CompleteMultipartUpload answers NoSuchUpload once the upload was completed (or aborted).
 */
type Send = (command: object) => Promise<unknown>;
type Hook = (command: object, send: Send) => Promise<unknown>;

function hookS3(hook: Hook): void {
  const client = s3() as unknown as { send: Send };
  const send = client.send.bind(client);
  vi.spyOn(client, 'send').mockImplementation((command) => hook(command, send));
}

afterEach(() => {
  vi.restoreAllMocks();
});

const noSuchUpload = () =>
  new S3ServiceException({ name: 'NoSuchUpload', $fault: 'client', $metadata: { httpStatusCode: 404 }, message: 'The specified upload does not exist.' });

/** As S3: a multipart upload id is dead once completed (or aborted, `dead.add`). */
function s3CompleteOnce(dead = new Set<string>()): (command: object, send: Send) => Promise<unknown> | null {
  return (command, send) => {
    if (!(command instanceof CompleteMultipartUploadCommand)) return null;
    const id = String(command.input.UploadId);
    if (dead.has(id)) return Promise.reject(noSuchUpload());
    return send(command).then((out) => (dead.add(id), out));
  };
}

async function exists(key: string): Promise<boolean> {
  try {
    await s3().send(new HeadObjectCommand({ Bucket: bucketName(), Key: key }));
    return true;
  } catch {
    return false;
  }
}

async function started(token: string, bytes: Buffer, fileName = '恢复.mp4') {
  const created = await call('uploads.create', {
    params: { orgId: 'sd-jn-xxgc' }, token, body: { fileName, size: bytes.length, contentType: 'video/mp4', purpose: 'video' },
  });
  expect(created.status, JSON.stringify(created.body)).toBe(201);
  const { uploadId, key } = created.body as { uploadId: string; key: string };
  await putParts(token, uploadId, bytes);
  return { uploadId, key };
}

const complete = (token: string, uploadId: string) => call('uploads.complete', { params: { uploadId }, token });
const sign = (token: string, uploadId: string) => call('uploads.sign', { params: { uploadId }, token, body: { partNumbers: [1] } });

describe('completing is safe to retry', () => {
  it('a retry after a failure past the assembly checks the stored object and completes', async () => {
    const token = await loginAs('wang.teacher');
    const bytes = fileBytes(3000);
    const { uploadId, key } = await started(token, bytes);
    const completeOnce = s3CompleteOnce();
    let headFails = 1;
    hookS3((command, send) => {
      if (command instanceof HeadObjectCommand && headFails-- > 0) return Promise.reject(new Error('injected: HeadObject failed'));
      return completeOnce(command, send) ?? send(command);
    });
    expect((await complete(token, uploadId)).status).toBe(500);
    const retry = await complete(token, uploadId);
    expect(retry.status, JSON.stringify(retry.body)).toBe(200);
    expect(retry.body).toMatchObject({ uploadId, status: 'completed', size: 3000 });
    expect(await exists(key)).toBe(true);
  });

  it('a retry refuses and deletes an assembled object that fails the checks', async () => {
    const token = await loginAs('wang.teacher');
    const { uploadId, key } = await started(token, fileBytes(2048, Buffer.from('MZ not a video at all')));
    const completeOnce = s3CompleteOnce();
    let headFails = 1;
    hookS3((command, send) => {
      if (command instanceof HeadObjectCommand && headFails-- > 0) return Promise.reject(new Error('injected: HeadObject failed'));
      return completeOnce(command, send) ?? send(command);
    });
    expect((await complete(token, uploadId)).status).toBe(500);
    expect(await exists(key)).toBe(true);
    const retry = await complete(token, uploadId);
    expect(retry.body.error.fields).toEqual({ contentType: ['upload.content_mismatch'] });
    expect(await exists(key)).toBe(false);
    expect((await sign(token, uploadId)).body.error.code).toBe('upload.finished');
  });

  it('answers 409 upload.expired when the store holds neither the upload nor its object, and closes it', async () => {
    const token = await loginAs('wang.teacher');
    const { uploadId, key } = await started(token, fileBytes(3000));
    // The bucket's lifecycle rule aborted the multipart upload.
    hookS3((command, send) => (command instanceof CompleteMultipartUploadCommand ? Promise.reject(noSuchUpload()) : send(command)));
    const done = await complete(token, uploadId);
    expect(done.status).toBe(409);
    expect(done.body.error.code).toBe('upload.expired');
    expect(await exists(key)).toBe(false);
    expect((await complete(token, uploadId)).body.error.code).toBe('upload.finished');
  });
});

describe('cancelling while completing leaves no object behind', () => {
  it('abort arriving before the assembly: complete deletes what it assembled and answers 409', async () => {
    const token = await loginAs('wang.teacher');
    const { uploadId, key } = await started(token, fileBytes(3000));
    let aborted: number | undefined;
    hookS3(async (command, send) => {
      if (command instanceof CompleteMultipartUploadCommand && aborted === undefined) {
        aborted = (await call('uploads.abort', { params: { uploadId }, token })).status;
      }
      return send(command);
    });
    const done = await complete(token, uploadId);
    expect(aborted).toBe(204);
    expect(done.status).toBe(409);
    expect(done.body.error.code).toBe('upload.finished');
    expect(await exists(key)).toBe(false);
  });

  it('abort arriving after the assembly deletes the object; complete then answers 409', async () => {
    const token = await loginAs('wang.teacher');
    const { uploadId, key } = await started(token, fileBytes(3000));
    let aborted: number | undefined;
    hookS3(async (command, send) => {
      if (command instanceof HeadObjectCommand && aborted === undefined) {
        aborted = (await call('uploads.abort', { params: { uploadId }, token })).status;
      }
      return send(command);
    });
    const done = await complete(token, uploadId);
    expect(aborted).toBe(204);
    expect(done.status).toBe(409);
    expect(await exists(key)).toBe(false);
  });

  it('abort is safe to retry: a retry after a failed cleanup deletes what a half-failed complete left', async () => {
    const token = await loginAs('wang.teacher');
    const { uploadId, key } = await started(token, fileBytes(3000));
    let headFails = 1;
    let deleteFails = 1;
    hookS3((command, send) => {
      if (command instanceof HeadObjectCommand && headFails-- > 0) return Promise.reject(new Error('injected: HeadObject failed'));
      if (command instanceof DeleteObjectCommand && deleteFails-- > 0) return Promise.reject(new Error('injected: DeleteObject failed'));
      return send(command);
    });
    expect((await complete(token, uploadId)).status).toBe(500);
    expect(await exists(key)).toBe(true);
    const abort = () => call('uploads.abort', { params: { uploadId }, token });
    expect((await abort()).status).toBe(500);
    expect(await exists(key)).toBe(true);
    expect((await abort()).status).toBe(204);
    expect(await exists(key)).toBe(false);
    expect((await abort()).status).toBe(204);
    expect((await complete(token, uploadId)).body.error.code).toBe('upload.finished');
    // Still nobody else's to cancel.
    expect((await call('uploads.abort', { params: { uploadId }, token: await loginAs('jnxx.admin') })).status).toBe(403);
  });

  it('an abort after a complete that won discards the unsubmitted upload: its object is deleted, completing again answers 409', async () => {
    const token = await loginAs('wang.teacher');
    const { uploadId, key } = await started(token, fileBytes(3000));
    expect((await complete(token, uploadId)).status).toBe(200);
    expect((await call('uploads.abort', { params: { uploadId }, token })).status).toBe(204);
    expect(await exists(key)).toBe(false);
    expect((await complete(token, uploadId)).body.error.code).toBe('upload.finished');
  });

  it('of two concurrent completes, the loser answers 409 and leaves the winner its object', async () => {
    const token = await loginAs('wang.teacher');
    const { uploadId, key } = await started(token, fileBytes(3000));
    const completeOnce = s3CompleteOnce();
    let second: { status: number; body: { status?: string } } | undefined;
    hookS3(async (command, send) => {
      // The first complete pauses after its assembly (at its HEAD); the second runs to the end
      // meanwhile (the store no longer knows the upload id: it checks the assembled object).
      if (command instanceof HeadObjectCommand && second === undefined) {
        second = { status: 0, body: {} };
        const out = await send(command);
        second = await complete(token, uploadId);
        return out;
      }
      return completeOnce(command, send) ?? send(command);
    });
    const first = await complete(token, uploadId);
    expect(second?.status).toBe(200);
    expect(second?.body.status).toBe('completed');
    expect(first.status).toBe(409);
    expect(await exists(key)).toBe(true);
  });
});

describe('an upload older than the store keeps unfinished ones', () => {
  async function age(uploadId: string, hours: number) {
    await ddb().send(new UpdateCommand({
      TableName: tableName(), Key: keys.upload(uploadId),
      UpdateExpression: 'SET createdAt = :c', ExpressionAttributeValues: { ':c': new Date(Date.now() - hours * 3_600_000).toISOString() },
    }));
  }

  it('is not signed for or listed any more: 409 upload.expired, so the browser starts over', async () => {
    const token = await loginAs('wang.teacher');
    const created = await call('uploads.create', {
      params: { orgId: 'sd-jn-xxgc' }, token, body: { fileName: '隔天续传.mp4', size: 3000, contentType: 'video/mp4', purpose: 'video' },
    });
    const uploadId = created.body.uploadId as string;
    await age(uploadId, 23);
    expect((await sign(token, uploadId)).status).toBe(200);
    expect((await call('uploads.listParts', { params: { uploadId }, token })).status).toBe(200);
    await age(uploadId, 25);
    const signed = await sign(token, uploadId);
    expect(signed.status).toBe(409);
    expect(signed.body.error.code).toBe('upload.expired');
    const listed = await call('uploads.listParts', { params: { uploadId }, token });
    expect(listed.status).toBe(409);
    expect(listed.body.error.code).toBe('upload.expired');
    // Someone else still learns nothing about it.
    expect((await sign(await loginAs('jnxx.admin'), uploadId)).status).toBe(403);
  });
});
