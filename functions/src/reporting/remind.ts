import { ConditionalCheckFailedException } from '@aws-sdk/client-dynamodb';
import { GetCommand, PutCommand } from '@aws-sdk/lib-dynamodb';
import { reportingKeys } from '@trellis/shared/data/keys-reporting';
import { renderSms } from '@trellis/shared/notify/sms-templates';
import type { Org } from '@trellis/shared/org/org';
import type { RemindResult } from '@trellis/shared/reporting/schemas';
import { putAll } from '../adapters/dynamodb/batch-write';
import { ddb, tableName } from '../adapters/dynamodb/client';
import { outboxItem } from '../adapters/dynamodb/outbox-store';
import { listPendingReports, type ReportRecord } from '../adapters/dynamodb/report-store';
import { smsReachableAdmins } from './notify-return';
import { requireRound } from './round-cache';

async function allPending(roundId: string, path: string): Promise<ReportRecord[]> {
  const out: ReportRecord[] = [];
  let cursor: string | undefined;
  do {
    const page = await listPendingReports(roundId, path, cursor, 500);
    out.push(...page.items);
    cursor = page.cursor ?? undefined;
  } while (cursor);
  return out;
}

/**
 * "Remind everyone who has not submitted": one SMS per reachable admin of each pending org in
 * the region, through the outbox. The request id makes a retried click a no-op.
 */
export async function remindPending(region: Org, roundId: string, requestId: string, now = new Date()): Promise<RemindResult> {
  const round = await requireRound(roundId);
  const guard = reportingKeys.reminder(roundId, region.id, requestId);
  const earlier = await ddb().send(new GetCommand({ TableName: tableName(), Key: guard, ConsistentRead: true }));
  if (earlier.Item?.result) return earlier.Item.result as RemindResult;
  try {
    await ddb().send(new PutCommand({ TableName: tableName(), Item: { ...guard, at: now.toISOString() }, ConditionExpression: 'attribute_not_exists(pk)' }));
  } catch (error) {
    if (error instanceof ConditionalCheckFailedException) return { pending: 0, sent: 0, withoutPhone: 0 };
    throw error;
  }
  const pending = await allPending(roundId, region.path);
  const items: Record<string, unknown>[] = [];
  let withoutPhone = 0;
  for (const r of pending) {
    const admins = await smsReachableAdmins(r.orgId);
    if (admins.length === 0) withoutPhone += 1;
    for (const a of admins) {
      items.push(outboxItem({
        id: `rrem-${roundId}-${requestId}-${a.id}`, to: a.phone, orgId: region.id, template: 'report.reminder',
        text: renderSms('report.reminder', { year: String(round.year), closesOn: round.closesOn }), createdAt: now.toISOString(),
      }));
    }
  }
  await putAll(items);
  const result = { pending: pending.length, sent: items.length, withoutPhone };
  await ddb().send(new PutCommand({ TableName: tableName(), Item: { ...guard, at: now.toISOString(), result } }));
  return result;
}
