import { ConditionalCheckFailedException } from '@aws-sdk/client-dynamodb';
import { DeleteCommand, GetCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { keys } from '@trellis/shared/data/keys';
import { ddb, tableName } from './client';
import type { GuardedItem } from './transact';

export interface ResetCode {
  phone: string;
  accountId: string;
  codeHash: string;
  expiresAt: number;
  attempts: number;
}

/** The code as a transaction item, written together with the SMS that carries it. */
export function resetCodeItem(code: ResetCode): GuardedItem {
  return {
    item: {
      Put: { TableName: tableName(), Item: { ...keys.resetCode(code.phone), ...code, ttl: Math.ceil(code.expiresAt / 1000) } },
    },
  };
}

export async function getResetCode(phone: string): Promise<ResetCode | null> {
  const res = await ddb().send(new GetCommand({ TableName: tableName(), Key: keys.resetCode(phone), ConsistentRead: true }));
  return res.Item ? (res.Item as ResetCode) : null;
}

/** Counts one attempt; false when the attempt limit is reached (atomic under concurrency). */
export async function countAttempt(phone: string, maxAttempts: number): Promise<boolean> {
  try {
    await ddb().send(
      new UpdateCommand({
        TableName: tableName(),
        Key: keys.resetCode(phone),
        UpdateExpression: 'ADD attempts :one',
        ConditionExpression: 'attribute_exists(pk) AND attempts < :max',
        ExpressionAttributeValues: { ':one': 1, ':max': maxAttempts },
      }),
    );
    return true;
  } catch (error) {
    if (error instanceof ConditionalCheckFailedException) return false;
    throw error;
  }
}

export async function deleteResetCode(phone: string): Promise<void> {
  await ddb().send(new DeleteCommand({ TableName: tableName(), Key: keys.resetCode(phone) }));
}
