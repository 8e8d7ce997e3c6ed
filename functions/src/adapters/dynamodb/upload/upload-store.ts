import { ConditionalCheckFailedException } from '@aws-sdk/client-dynamodb';
import { GetCommand, PutCommand, QueryCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { keys } from '@trellis/shared/data/keys';
import type { UploadedPart } from '@trellis/shared/uploads/schemas';
import type { UploadRecord } from '@trellis/shared/uploads/upload-record';
import { ddb, tableName } from '../table/client';
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
      Item: { ...keys.upload(u.uploadId), entity: 'upload', ...u, ttl: Math.ceil(Date.now() / 1000) + TTL_SECONDS },
      ConditionExpression: 'attribute_not_exists(pk)',
    }),
  );
}

export async function getUpload(id: string): Promise<UploadRecord | null> {
  const res = await ddb().send(new GetCommand({ TableName: tableName(), Key: keys.upload(id), ConsistentRead: true }));
  if (!res.Item) return null;
  const { pk: _a, sk: _b, entity: _c, ttl: _d, ...rest } = res.Item;
  return rest as UploadRecord;
}

/** Records a part the browser stored (its ETag); a re-sent part replaces the record. */
export async function putPart(id: string, part: UploadedPart): Promise<void> {
  await ddb().send(
    new PutCommand({
      TableName: tableName(),
      Item: { ...keys.uploadPart(id, part.PartNumber), ...part, ttl: Math.ceil(Date.now() / 1000) + TTL_SECONDS },
    }),
  );
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

/** Moves an upload out of `uploading` exactly once (complete or abort). */
export async function finishUpload(id: string, status: 'completed' | 'aborted', widthPx?: number): Promise<void> {
  try {
    await ddb().send(
      new UpdateCommand({
        TableName: tableName(),
        Key: keys.upload(id),
        UpdateExpression: `SET #status = :to${widthPx !== undefined ? ', widthPx = :w' : ''} REMOVE #ttl`,
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
