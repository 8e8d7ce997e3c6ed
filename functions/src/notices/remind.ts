import { ConditionalCheckFailedException } from '@aws-sdk/client-dynamodb';
import { GetCommand, PutCommand } from '@aws-sdk/lib-dynamodb';
import { keys } from '@trellis/shared/data/keys';
import { renderSms } from '@trellis/shared/notify/sms-templates';
import { getAccounts } from '../adapters/dynamodb/account/account-store';
import { ddb, tableName } from '../adapters/dynamodb/table/client';
import type { Delivery } from '@trellis/shared/inbox/delivery';
import type { NoticeRecord } from '@trellis/shared/notices/notice-record';
import { listUnreadRecipients } from '../adapters/dynamodb/delivery/delivery-store';
import { putMissingOutboxItems } from '../adapters/dynamodb/outbox/outbox-fill';
import { outboxItem } from '../adapters/dynamodb/outbox/outbox-store';
import { Conflict } from '../errors';
import type { ReminderResult } from '@trellis/shared/notices/responses';

/** A run marked started this long ago without a result died (crash, timeout) and is redone. */
export const REMINDER_STALE_MS = 60_000;

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
 * Marks this request's run as started: a new marker, or taking over one that is stale (no
 * result for a minute: its run died). Answers the earlier result when one appears meanwhile;
 * a run still going (a concurrent duplicate) is a Conflict "in progress".
 */
async function startRun(guard: Record<string, unknown>, earlier: Record<string, unknown> | undefined, now: Date): Promise<ReminderResult | null> {
  if (earlier && Date.parse(String(earlier.at)) > now.getTime() - REMINDER_STALE_MS) throw new Conflict('notice.reminder_in_progress');
  try {
    await ddb().send(new PutCommand({
      TableName: tableName(),
      Item: { ...guard, at: now.toISOString() },
      ...(earlier
        ? { ConditionExpression: 'attribute_not_exists(#result) AND #at = :seen', ExpressionAttributeNames: { '#result': 'result', '#at': 'at' }, ExpressionAttributeValues: { ':seen': earlier.at } }
        : { ConditionExpression: 'attribute_not_exists(pk)' }),
    }));
    return null;
  } catch (error) {
    if (!(error instanceof ConditionalCheckFailedException)) throw error;
  }
  const again = await ddb().send(new GetCommand({ TableName: tableName(), Key: guard, ConsistentRead: true }));
  if (again.Item?.result) return again.Item.result as ReminderResult;
  throw new Conflict('notice.reminder_in_progress');
}

/**
 * "Remind all unread by SMS": one outbox item per unread recipient who has a verified,
 * not opted-out number now. The request id makes a retried click a no-op: a finished run
 * answers its result again. A run that died half-way (marker without result, older than a
 * minute) is redone: outbox ids are fixed per request and recipient and only missing ones
 * are written, so nobody gets the SMS twice.
 */
export async function remindUnread(notice: NoticeRecord, requestId: string, now = new Date()): Promise<ReminderResult> {
  const guard = keys.noticeReminder(notice.id, requestId);
  const earlier = await ddb().send(new GetCommand({ TableName: tableName(), Key: guard, ConsistentRead: true }));
  if (earlier.Item?.result) return earlier.Item.result as ReminderResult;
  const finished = await startRun(guard, earlier.Item, now);
  if (finished) return finished;
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
  await putMissingOutboxItems(items);
  const result = { unread: unread.length, sent: items.length, withoutPhone: unread.length - items.length };
  await ddb().send(new PutCommand({ TableName: tableName(), Item: { ...guard, at: now.toISOString(), result } }));
  return result;
}
