import { ConditionalCheckFailedException } from '@aws-sdk/client-dynamodb';
import { PutCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { keys } from '@trellis/shared/data/keys';
import type { SystemMessage } from '@trellis/shared/inbox/system-message';
import { sha256 } from '../../../security/tokens';
import { ddb, tableName } from '../table/client';
import type { GuardedItem } from '../table/transact';

/**
 * A system message's id sorts with notice ids by time (`n-<time>-…`, so the inbox stays newest
 * first) and is fixed by the decision's key, so a retried write is the same item.
 */
export function systemMessageId(m: Pick<SystemMessage, 'key' | 'at'>): string {
  return `n-${Date.parse(m.at).toString(36).padStart(9, '0')}-s${sha256(m.key).slice(0, 7)}`;
}

/** The inbox entry: in the person's inbox partition and, while unread, in the badge index; no notice statistics. */
export function systemMessageItem(accountId: string, m: SystemMessage): Record<string, unknown> {
  const noticeId = systemMessageId(m);
  return {
    ...keys.delivery(accountId, noticeId), ...keys.unread(accountId, noticeId), entity: 'delivery',
    kind: 'system', event: m.event, vars: m.vars, link: m.link,
    accountId, noticeId, title: m.event, orgName: m.fromName, publishedAt: m.at, confirmBy: null,
    orgId: '', orgPath: '', roles: [], displayName: '', senderPath: '', smsTo: null,
  };
}

/** For a transaction that makes the decision: the message is written with it, once. */
export function putSystemMessageItem(accountId: string, m: SystemMessage): GuardedItem {
  return { item: { Put: { TableName: tableName(), Item: systemMessageItem(accountId, m), ConditionExpression: 'attribute_not_exists(pk)' } } };
}

/** Writes the message to each account once (a retry finds it there and leaves it, read or not). */
export async function putSystemMessages(accountIds: readonly string[], m: SystemMessage): Promise<void> {
  await Promise.all([...new Set(accountIds)].map(async (accountId) => {
    try {
      await ddb().send(new PutCommand({ TableName: tableName(), Item: systemMessageItem(accountId, m), ConditionExpression: 'attribute_not_exists(pk)' }));
    } catch (error) {
      if (!(error instanceof ConditionalCheckFailedException)) throw error;
    }
  }));
}

/** Marks a system message read: it has no notice counters to move. */
export async function markSystemMessageRead(accountId: string, noticeId: string, at: string): Promise<boolean> {
  try {
    await ddb().send(new UpdateCommand({
      TableName: tableName(), Key: keys.delivery(accountId, noticeId),
      UpdateExpression: 'SET readAt = :at REMOVE gsi2pk, gsi2sk',
      ConditionExpression: 'attribute_exists(pk) AND attribute_not_exists(readAt)',
      ExpressionAttributeValues: { ':at': at },
    }));
    return true;
  } catch (error) {
    if (error instanceof ConditionalCheckFailedException) return false;
    throw error;
  }
}
