import { ConditionalCheckFailedException } from '@aws-sdk/client-dynamodb';
import { GetCommand, PutCommand, QueryCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { keys } from '@trellis/shared/data/keys';
import type { UploadedPart } from '@trellis/shared/uploads/schemas';
import type { UploadRecord } from '@trellis/shared/uploads/upload-record';
import { USED_LATER_PURPOSES } from '@trellis/shared/uploads/purposes';
import type { Page } from '@trellis/shared/orgs/org';
import { ddb, tableName } from '../table/client';
import { queryPage } from '../table/query-all';
import { Conflict } from '../../../errors';

/**
 * Unfinished uploads are forgotten after a week. The bucket aborts their parts sooner
 * (INCOMPLETE_UPLOAD_DAYS, shared/src/uploads/lifecycle.ts), after which the API answers
 * `upload.expired` to resuming them; the record stays until then so that answer is clear.
 */
const TTL_SECONDS = 7 * 86_400;

export async function putUpload(u: UploadRecord): Promise<void> {
  await ddb().send(
    new PutCommand({
      TableName: tableName(),
      Item: {
        ...keys.upload(u.uploadId), ...keys.myUpload(u.accountId, u.createdAt, u.uploadId), entity: 'upload', ...u,
        ttl: Math.ceil(Date.now() / 1000) + TTL_SECONDS,
      },
      ConditionExpression: 'attribute_not_exists(pk)',
    }),
  );
}

function toUpload(item: Record<string, unknown>): UploadRecord {
  const { pk: _a, sk: _b, entity: _c, ttl: _d, gsi1pk: _e, gsi1sk: _f, ...rest } = item;
  return rest as UploadRecord;
}

export async function getUpload(id: string): Promise<UploadRecord | null> {
  const res = await ddb().send(new GetCommand({ TableName: tableName(), Key: keys.upload(id), ConsistentRead: true }));
  return res.Item ? toUpload(res.Item) : null;
}

/**
 * An account's uploads that still need it, newest first (one Query per page on the sparse GSI1
 * entry: it is written with the upload and removed when the upload is discarded, submitted, or
 * completed for a purpose that needs no second step).
 */
export function listMyUploads(accountId: string, cursor?: string, limit = 50): Promise<Page<UploadRecord>> {
  return queryPage(
    {
      IndexName: 'gsi1',
      KeyConditionExpression: 'gsi1pk = :p',
      ExpressionAttributeValues: { ':p': keys.myUploadsPartition(accountId) },
      ScanIndexForward: false,
      Limit: limit,
    },
    cursor,
    toUpload,
  );
}

/**
 * Records a part the browser stored (its ETag); a re-sent part replaces the record. The upload's
 * own item adds the part's number to its set of stored parts (idempotent), so lists of uploads
 * show the bytes stored without reading the parts.
 */
export async function putPart(id: string, part: UploadedPart): Promise<void> {
  await Promise.all([
    ddb().send(
      new PutCommand({
        TableName: tableName(),
        Item: { ...keys.uploadPart(id, part.PartNumber), ...part, ttl: Math.ceil(Date.now() / 1000) + TTL_SECONDS },
      }),
    ),
    ddb().send(
      new UpdateCommand({
        TableName: tableName(),
        Key: keys.upload(id),
        UpdateExpression: 'ADD storedParts :n',
        ConditionExpression: 'attribute_exists(pk)',
        ExpressionAttributeValues: { ':n': new Set([part.PartNumber]) },
      }),
    ),
  ]);
}

/** The parts recorded so far, in order (one Query; at most 30 parts for 300 MB). */
export async function listParts(id: string): Promise<UploadedPart[]> {
  const res = await ddb().send(
    new QueryCommand({
      TableName: tableName(),
      KeyConditionExpression: 'pk = :pk AND begins_with(sk, :part)',
      ExpressionAttributeValues: { ':pk': keys.uploadPartition(id), ':part': keys.uploadPartPrefix },
      ConsistentRead: true,
    }),
  );
  return (res.Items ?? []).map((i) => ({ PartNumber: Number(i.PartNumber), Size: Number(i.Size), ETag: String(i.ETag) }));
}

/**
 * Moves an upload out of `uploading` exactly once (complete or abort). It leaves its uploader's
 * list unless it completed for a purpose that is used in a second step (library, report).
 */
export async function finishUpload(upload: Pick<UploadRecord, 'uploadId' | 'purpose'>, status: 'completed' | 'aborted', widthPx?: number): Promise<void> {
  const listed = status === 'completed' && USED_LATER_PURPOSES.includes(upload.purpose);
  try {
    await ddb().send(
      new UpdateCommand({
        TableName: tableName(),
        Key: keys.upload(upload.uploadId),
        UpdateExpression: `SET #status = :to${widthPx !== undefined ? ', widthPx = :w' : ''} REMOVE #ttl${listed ? '' : ', gsi1pk, gsi1sk'}`,
        ConditionExpression: '#status = :uploading',
        ExpressionAttributeNames: { '#status': 'status', '#ttl': 'ttl' },
        ExpressionAttributeValues: { ':to': status, ':uploading': 'uploading', ...(widthPx !== undefined ? { ':w': widthPx } : {}) },
      }),
    );
  } catch (error) {
    if (error instanceof ConditionalCheckFailedException) throw new Conflict('upload.finished');
    throw error;
  }
}

/**
 * Discards a completed upload that no resource uses (it leaves the list); 409 `upload.in_use`
 * once it was submitted (the claim and this update exclude each other on `usedBy` and `status`).
 */
export async function discardCompleted(id: string): Promise<void> {
  try {
    await ddb().send(
      new UpdateCommand({
        TableName: tableName(),
        Key: keys.upload(id),
        UpdateExpression: 'SET #status = :aborted REMOVE gsi1pk, gsi1sk',
        ConditionExpression: '#status = :completed AND attribute_not_exists(usedBy)',
        ExpressionAttributeNames: { '#status': 'status' },
        ExpressionAttributeValues: { ':aborted': 'aborted', ':completed': 'completed' },
      }),
    );
  } catch (error) {
    if (error instanceof ConditionalCheckFailedException) throw new Conflict('upload.in_use');
    throw error;
  }
}

/** A finished upload was put to use (attached to a report): it leaves its uploader's list. */
export async function unlistUpload(id: string): Promise<void> {
  await ddb().send(
    new UpdateCommand({ TableName: tableName(), Key: keys.upload(id), UpdateExpression: 'REMOVE gsi1pk, gsi1sk', ConditionExpression: 'attribute_exists(pk)' }),
  ).catch((error: unknown) => {
    if (!(error instanceof ConditionalCheckFailedException)) throw error;
  });
}
