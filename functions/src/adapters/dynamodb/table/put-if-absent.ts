import { PutCommand } from '@aws-sdk/lib-dynamodb';
import { ddb, tableName } from './client';
import { conditionHolds } from './condition-holds';

/**
 * Stores an item unless one with its key exists: true if written. A fan-out retried after a
 * timeout rewrites nothing it already wrote (an outbox item already sent is not reset).
 */
export async function putIfAbsent(item: Record<string, unknown>): Promise<boolean> {
  return conditionHolds(ddb().send(new PutCommand({ TableName: tableName(), Item: item, ConditionExpression: 'attribute_not_exists(pk)' })));
}
