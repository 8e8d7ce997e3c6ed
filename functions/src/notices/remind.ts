import { ConditionalCheckFailedException } from '@aws-sdk/client-dynamodb';
import { GetCommand, PutCommand } from '@aws-sdk/lib-dynamodb';
import { keys } from '@trellis/shared/data/keys';
import { renderSms } from '@trellis/shared/notify/sms-templates';
import { getAccounts } from '../adapters/dynamodb/account-store';
import { putAll } from '../adapters/dynamodb/batch-write';
import { ddb, tableName } from '../adapters/dynamodb/client';
import { listUnreadRecipients, type Delivery } from '../adapters/dynamodb/delivery-store';
import type { NoticeRecord } from '../adapters/dynamodb/notice-store';
import { outboxItem } from '../adapters/dynamodb/outbox-store';

export interface ReminderResult {
  unread: number;
  sent: number;
  withoutPhone: number;
}

async function allUnread(notice: NoticeRecord): Promise<Delivery[]> {
  const out: Delivery[] = [];
  let cursor: string | undefined;
  do {
    const page = await listUnreadRecipients(notice.id, notice.orgPath, cursor, 500);
    out.push(...page.items);
    cursor = page.cursor ?? undefined;
  } while (cursor);
  return out;
}

/**
 * "Remind all unread by SMS": one outbox item per unread recipient who has a verified,
 * not opted-out number now. The request id makes a retried click a no-op.
 */
export async function remindUnread(notice: NoticeRecord, requestId: string, now = new Date()): Promise<ReminderResult> {
  const guard = keys.noticeReminder(notice.id, requestId);
  const earlier = await ddb().send(new GetCommand({ TableName: tableName(), Key: guard, ConsistentRead: true }));
  if (earlier.Item) return earlier.Item.result as ReminderResult;
  try {
    await ddb().send(new PutCommand({ TableName: tableName(), Item: { ...guard, at: now.toISOString() }, ConditionExpression: 'attribute_not_exists(pk)' }));
  } catch (error) {
    if (error instanceof ConditionalCheckFailedException) return { unread: 0, sent: 0, withoutPhone: 0 };
    throw error;
  }
  const unread = await allUnread(notice);
  const accounts = await getAccounts(unread.map((d) => d.accountId));
  const items: Record<string, unknown>[] = [];
  for (const d of unread) {
    const a = accounts.get(d.accountId);
    if (!a || a.status !== 'active' || !a.phone || !a.phoneVerified || a.smsOptOut) continue;
    items.push(outboxItem({
      id: `rem-${notice.id}-${requestId}-${d.accountId}`, to: a.phone, orgId: notice.orgId, template: 'notice.reminder',
      text: renderSms('notice.reminder', { title: notice.title }), createdAt: now.toISOString(),
    }));
  }
  await putAll(items);
  const result = { unread: unread.length, sent: items.length, withoutPhone: unread.length - items.length };
  await ddb().send(new PutCommand({ TableName: tableName(), Item: { ...guard, at: now.toISOString(), result } }));
  return result;
}
