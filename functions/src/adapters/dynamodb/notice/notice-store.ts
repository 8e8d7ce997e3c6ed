import { GetCommand, PutCommand, QueryCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { keys } from '@trellis/shared/data/keys';
import type { NoticeRecord } from '@trellis/shared/notices/notice-record';
import type { OrgLabel } from '@trellis/shared/notices/stats';
import type { Page } from '@trellis/shared/orgs/org';
import { ddb, tableName } from '../table/client';
import { conditionHolds } from '../table/condition-holds';
import { queryPage } from '../table/query-all';
import { transact } from '../table/transact';
import { Conflict } from '../../../errors';

function noticeItem(n: NoticeRecord): Record<string, unknown> {
  return {
    ...keys.notice(n.id),
    ...keys.noticesSent(n.orgId, n.createdAt, n.id),
    ...(n.status !== 'published' && n.dueAt ? keys.noticeScheduled(n.dueAt, n.id) : {}),
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

export interface NoticeWithStats {
  notice: NoticeRecord;
  shards: Record<string, unknown>[];
  orgs: Record<string, OrgLabel>;
}

/** The notice and its counter shards: one Query on the notice's partition. */
export async function getNoticeWithStats(id: string): Promise<NoticeWithStats | null> {
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

export function listSentNotices(orgId: string, cursor?: string, limit = 20): Promise<Page<NoticeRecord>> {
  return queryPage(
    {
      IndexName: 'gsi1',
      KeyConditionExpression: 'gsi1pk = :p',
      ExpressionAttributeValues: { ':p': keys.noticesSentPartition(orgId) },
      ScanIndexForward: false,
      Limit: limit,
    },
    cursor,
    toNotice,
  );
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

/**
 * Claims a due notice for publishing, once: only if it is still due at `dueAt` (another
 * publisher that claimed it moved that). The claim sets when to resume if this run dies.
 */
export async function claimNotice(n: NoticeRecord, resumeAt: string): Promise<boolean> {
  return conditionHolds(ddb().send(
    new UpdateCommand({
      TableName: tableName(),
      Key: keys.notice(n.id),
      UpdateExpression: 'SET #status = :publishing, dueAt = :resume, gsi3sk = :gsk',
      ConditionExpression: 'dueAt = :due AND #status <> :published',
      ExpressionAttributeNames: { '#status': 'status' },
      ExpressionAttributeValues: {
        ':publishing': 'publishing', ':published': 'published', ':resume': resumeAt, ':due': n.dueAt ?? '',
        ':gsk': keys.noticeScheduled(resumeAt, n.id).gsi3sk,
      },
    }),
  ));
}

/** Marks a notice published with its recipient count; it leaves the due index. */
export async function finishNotice(id: string, recipientCount: number): Promise<void> {
  await ddb().send(
    new UpdateCommand({
      TableName: tableName(),
      Key: keys.notice(id),
      UpdateExpression: 'SET #status = :published, recipientCount = :count REMOVE gsi3pk, gsi3sk, dueAt',
      ExpressionAttributeNames: { '#status': 'status' },
      ExpressionAttributeValues: { ':published': 'published', ':count': recipientCount },
    }),
  );
}

/** The totals shard, written once at publish with every total counter and the org labels. */
export async function putTotals(id: string, counters: Record<string, number>, orgs: Record<string, OrgLabel>): Promise<void> {
  await ddb().send(new PutCommand({ TableName: tableName(), Item: { ...keys.noticeStats(id, 'total'), ...counters, orgs } }));
}
