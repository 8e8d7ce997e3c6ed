import { TransactionCanceledException } from '@aws-sdk/client-dynamodb';
import { TransactWriteCommand } from '@aws-sdk/lib-dynamodb';
import { keys } from '@trellis/shared/data/keys';
import type { SessionRecord } from '@trellis/shared/auth/session-record';
import { ddb, tableName } from '../table/client';
import type { GuardedItem } from '../table/transact';
import { sessionItem } from './session-store';

/** DynamoDB's limit of items per transaction, less the session and two throttle counters. */
export const MAX_CHECKED_ORGS = 96;

/**
 * Stores a new session in ONE TransactWriteItems together with `also` (e.g. taking back the
 * login attempt), on condition that every org in `activeOrgIds` is still active (ConditionCheck
 * items: nobody signs in through an org disabled meanwhile). Answers false when one of those
 * orgs is not active (nothing written); other failures throw.
 */
export async function startSession(s: SessionRecord, idleMs: number, also: GuardedItem[], activeOrgIds: string[]): Promise<boolean> {
  const table = tableName();
  const checks = activeOrgIds.map((id) => ({
    ConditionCheck: {
      TableName: table,
      Key: keys.org(id),
      ConditionExpression: '#status = :active',
      ExpressionAttributeNames: { '#status': 'status' },
      ExpressionAttributeValues: { ':active': 'active' },
    },
  }));
  const items = [
    { Put: { TableName: table, Item: sessionItem(s, idleMs), ConditionExpression: 'attribute_not_exists(pk)' } },
    ...also.map((g) => g.item),
    ...checks,
  ];
  try {
    await ddb().send(new TransactWriteCommand({ TransactItems: items }));
    return true;
  } catch (error) {
    if (!(error instanceof TransactionCanceledException)) throw error;
    const reasons = error.CancellationReasons ?? [];
    const orgFailed = reasons.some((r, i) => i >= items.length - checks.length && r.Code === 'ConditionalCheckFailed');
    if (orgFailed) return false;
    throw error;
  }
}
