import { GetCommand, PutCommand, QueryCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { keys } from '@trellis/shared/data/keys';
import type { NoticeStatus, NoticeView } from '@trellis/shared/notices/schemas';
import type { OrgLabel } from '@trellis/shared/notices/stats';
import type { Page } from '@trellis/shared/org/org';
import { ddb, tableName } from './client';
import { decodeCursor, encodeCursor } from './cursor';
import { transact } from './transact';
import { Conflict } from '../../errors';

/** A notice as stored: the view plus the sender org's path and the request that created it. */
export interface NoticeRecord extends NoticeView {
  orgPath: string;
  requestId: string;
}

function noticeItem(n: NoticeRecord): Record<string, unknown> {
  return {
    ...keys.notice(n.id),
    ...keys.noticesSent(n.orgId, n.createdAt, n.id),
    ...(n.status === 'scheduled' ? keys.noticeScheduled(n.publishAt, n.id) : {}),
    entity: 'notice',
    ...n,
  };
}

export function toNotice(item: Record<string, unknown>): NoticeRecord {
  const { pk: _a, sk: _b, gsi1pk: _c, gsi1sk: _d, gsi3pk: _e, gsi3sk: _f, entity: _g, ...rest } = item;
  return rest as unknown as NoticeRecord;
}

/** Stores a new notice once per (org, request id); a retried request finds the first one. */
export async function putNotice(n: NoticeRecord): Promise<void> {
  await transact([
    { item: { Put: { TableName: tableName(), Item: noticeItem(n), ConditionExpression: 'attribute_not_exists(pk)' } } },
    {
      item: {
        Put: {
          TableName: tableName(),
          Item: { ...keys.noticeRequest(n.orgId, n.requestId), noticeId: n.id },
          ConditionExpression: 'attribute_not_exists(pk)',
        },
      },
      onConditionFailed: () => new Conflict('notice.duplicate_request'),
    },
  ]);
}

export async function noticeIdForRequest(orgId: string, requestId: string): Promise<string | null> {
  const res = await ddb().send(new GetCommand({ TableName: tableName(), Key: keys.noticeRequest(orgId, requestId), ConsistentRead: true }));
  return res.Item ? String(res.Item.noticeId) : null;
}

export async function getNotice(id: string): Promise<NoticeRecord | null> {
  const res = await ddb().send(new GetCommand({ TableName: tableName(), Key: keys.notice(id), ConsistentRead: true }));
  return res.Item ? toNotice(res.Item) : null;
}

/** The notice and its counter shards: one Query on the notice's partition. */
export async function getNoticeWithStats(id: string): Promise<{ notice: NoticeRecord; shards: Record<string, unknown>[]; orgs: Record<string, OrgLabel> } | null> {
  const res = await ddb().send(
    new QueryCommand({
      TableName: tableName(),
      KeyConditionExpression: 'pk = :pk',
      ExpressionAttributeValues: { ':pk': keys.noticePartition(id) },
      ConsistentRead: true,
    }),
  );
  const items = res.Items ?? [];
  const noticeItemFound = items.find((i) => i.sk === 'NOTICE');
  if (!noticeItemFound) return null;
  const shards = items.filter((i) => String(i.sk).startsWith(keys.noticeStatsPrefix));
  const orgs = (shards.find((s) => s.orgs)?.orgs ?? {}) as Record<string, OrgLabel>;
  return { notice: toNotice(noticeItemFound), shards, orgs };
}

export async function listSentNotices(orgId: string, cursor?: string, limit = 20): Promise<Page<NoticeRecord>> {
  const res = await ddb().send(
    new QueryCommand({
      TableName: tableName(),
      IndexName: 'gsi1',
      KeyConditionExpression: 'gsi1pk = :p',
      ExpressionAttributeValues: { ':p': keys.noticesSentPartition(orgId) },
      ScanIndexForward: false,
      ExclusiveStartKey: decodeCursor(cursor),
      Limit: limit,
    }),
  );
  return { items: (res.Items ?? []).map(toNotice), cursor: encodeCursor(res.LastEvaluatedKey) };
}

/** Scheduled notices whose time has come (sparse index, oldest first). */
export async function listDueNotices(nowIso: string, limit = 25): Promise<NoticeRecord[]> {
  const res = await ddb().send(
    new QueryCommand({
      TableName: tableName(),
      IndexName: 'gsi3',
      KeyConditionExpression: 'gsi3pk = :p AND gsi3sk <= :now',
      ExpressionAttributeValues: { ':p': keys.noticeScheduledPartition, ':now': `${nowIso}~` },
      Limit: limit,
    }),
  );
  return (res.Items ?? []).map(toNotice);
}

/** Moves a notice between states exactly once (e.g. scheduled -> publishing by one publisher). */
export async function moveNotice(id: string, from: NoticeStatus, to: NoticeStatus, extra: { recipientCount?: number } = {}): Promise<boolean> {
  try {
    const count = extra.recipientCount === undefined ? '' : ', recipientCount = :count';
    await ddb().send(
      new UpdateCommand({
        TableName: tableName(),
        Key: keys.notice(id),
        UpdateExpression: `SET #status = :to${count} REMOVE gsi3pk, gsi3sk`,
        ConditionExpression: '#status = :from',
        ExpressionAttributeNames: { '#status': 'status' },
        ExpressionAttributeValues: { ':to': to, ':from': from, ...(count ? { ':count': extra.recipientCount } : {}) },
      }),
    );
    return true;
  } catch (error) {
    if (error instanceof Error && error.name === 'ConditionalCheckFailedException') return false;
    throw error;
  }
}

/** The totals shard, written once at publish with every total counter and the org labels. */
export async function putTotals(id: string, counters: Record<string, number>, orgs: Record<string, OrgLabel>): Promise<void> {
  await ddb().send(new PutCommand({ TableName: tableName(), Item: { ...keys.noticeStats(id, 0), ...counters, orgs } }));
}
