import { DeleteCommand, GetCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import type { Key } from '@trellis/shared/data/keys';
import type { VerificationCode } from '@trellis/shared/auth/verification-code';
import { ddb, tableName } from '../table/client';
import { conditionHolds } from '../table/condition-holds';
import type { GuardedItem } from '../table/transact';

/** The code as a transaction item, written together with the SMS that carries it. */
export function verificationCodeItem(key: Key, code: VerificationCode): GuardedItem {
  return {
    item: { Put: { TableName: tableName(), Item: { ...key, ...code, ttl: Math.ceil(code.expiresAt / 1000) } } },
  };
}

export async function getVerificationCode(key: Key): Promise<VerificationCode | null> {
  const res = await ddb().send(new GetCommand({ TableName: tableName(), Key: key, ConsistentRead: true }));
  return res.Item ? (res.Item as VerificationCode) : null;
}

/** Counts one attempt; false when the attempt limit is reached (atomic under concurrency). */
export async function countCodeAttempt(key: Key, maxAttempts: number): Promise<boolean> {
  return conditionHolds(ddb().send(
    new UpdateCommand({
      TableName: tableName(),
      Key: key,
      UpdateExpression: 'ADD attempts :one',
      ConditionExpression: 'attribute_exists(pk) AND attempts < :max',
      ExpressionAttributeValues: { ':one': 1, ':max': maxAttempts },
    }),
  ));
}

export async function deleteVerificationCode(key: Key): Promise<void> {
  await ddb().send(new DeleteCommand({ TableName: tableName(), Key: key }));
}
