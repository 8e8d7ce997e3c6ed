import { GetCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { keys } from '@trellis/shared/data/keys';
import { ddb, tableName } from '../table/client';
import { conditionHolds } from '../table/condition-holds';

/**
 * Takes one SMS from an org's daily budget, atomically; false when the budget is spent.
 * A budget of 0 (or less) allows nothing, not even the first message of the day.
 */
export async function takeSmsBudget(orgId: string, day: string, limit: number): Promise<boolean> {
  if (limit <= 0) return false;
  return conditionHolds(ddb().send(
    new UpdateCommand({
      TableName: tableName(),
      Key: keys.smsBudget(orgId, day),
      UpdateExpression: 'ADD used :one SET #ttl = if_not_exists(#ttl, :ttl)',
      ConditionExpression: 'attribute_not_exists(used) OR used < :limit',
      ExpressionAttributeNames: { '#ttl': 'ttl' },
      ExpressionAttributeValues: { ':one': 1, ':limit': limit, ':ttl': Math.ceil(Date.now() / 1000) + 40 * 86_400 },
    }),
  ));
}

/** Gives one SMS back to the day's budget (the provider did not take it); never below 0. */
export async function refundSmsBudget(orgId: string, day: string): Promise<void> {
  await conditionHolds(
    ddb().send(
      new UpdateCommand({
        TableName: tableName(),
        Key: keys.smsBudget(orgId, day),
        UpdateExpression: 'ADD used :minus',
        ConditionExpression: 'used > :zero',
        ExpressionAttributeValues: { ':minus': -1, ':zero': 0 },
      }),
    ),
  );
}

export async function smsBudgetUsed(orgId: string, day: string): Promise<number> {
  const res = await ddb().send(new GetCommand({ TableName: tableName(), Key: keys.smsBudget(orgId, day) }));
  return Number(res.Item?.used ?? 0);
}
