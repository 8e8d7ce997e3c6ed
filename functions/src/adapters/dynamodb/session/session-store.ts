import { ConditionalCheckFailedException } from '@aws-sdk/client-dynamodb';
import { DeleteCommand, GetCommand, PutCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { keys } from '@trellis/shared/data/keys';
import type { SessionRecord } from '@trellis/shared/auth/session-record';
import { ddb, tableName } from '../table/client';

const epochSeconds = (ms: number) => Math.ceil(ms / 1000);

/** The stored item for a session; `ttl` lets DynamoDB expire it. */
export function sessionItem(s: SessionRecord, idleMs: number): Record<string, unknown> {
  const ttl = epochSeconds(Math.min(s.lastSeenAt + idleMs, s.absoluteExpiresAt));
  return { ...keys.session(s.tokenHash), entity: 'session', ...s, ttl };
}

/** Stores a session under the hash of its token. */
export async function putSession(s: SessionRecord, idleMs: number): Promise<void> {
  await ddb().send(
    new PutCommand({ TableName: tableName(), Item: sessionItem(s, idleMs), ConditionExpression: 'attribute_not_exists(pk)' }),
  );
}

export async function getSession(tokenHash: string): Promise<SessionRecord | null> {
  const res = await ddb().send(new GetCommand({ TableName: tableName(), Key: keys.session(tokenHash) }));
  return res.Item ? (res.Item as SessionRecord) : null;
}

/** Extends the idle timeout; a session logged out meanwhile stays gone. */
export async function touchSession(s: SessionRecord, now: number, idleMs: number): Promise<void> {
  try {
    await ddb().send(
    new UpdateCommand({
      TableName: tableName(),
      Key: keys.session(s.tokenHash),
      UpdateExpression: 'SET lastSeenAt = :now, #ttl = :ttl',
      ConditionExpression: 'attribute_exists(pk)',
      ExpressionAttributeNames: { '#ttl': 'ttl' },
      ExpressionAttributeValues: { ':now': now, ':ttl': epochSeconds(Math.min(now + idleMs, s.absoluteExpiresAt)) },
    }),
    );
  } catch (error) {
    if (!(error instanceof ConditionalCheckFailedException)) throw error;
  }
}

export async function deleteSession(tokenHash: string): Promise<void> {
  await ddb().send(new DeleteCommand({ TableName: tableName(), Key: keys.session(tokenHash) }));
}
