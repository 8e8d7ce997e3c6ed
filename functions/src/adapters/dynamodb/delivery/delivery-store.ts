import { GetCommand } from '@aws-sdk/lib-dynamodb';
import { keys } from '@trellis/shared/data/keys';
import type { Delivery } from '@trellis/shared/inbox/delivery';
import type { Page } from '@trellis/shared/orgs/org';
import { ddb, tableName } from '../table/client';
import { countAll, queryAll, queryPage } from '../table/query-all';
import { transact } from '../table/transact';
import { Conflict } from '../../../errors';

export function deliveryItem(d: Delivery): Record<string, unknown> {
  return {
    ...keys.delivery(d.accountId, d.noticeId),
    ...keys.deliveryByNotice(d.noticeId, d.orgPath, d.accountId),
    ...(d.readAt ? {} : { ...keys.unread(d.accountId, d.noticeId), ...keys.unreadByNotice(d.noticeId, d.orgPath, d.accountId) }),
    entity: 'delivery',
    ...d,
    // Absent, not null, until set: conditions and filters test attribute_not_exists.
    readAt: d.readAt ?? undefined,
    confirmedAt: d.confirmedAt ?? undefined,
  };
}

function toDelivery(item: Record<string, unknown>): Delivery {
  const { pk: _a, sk: _b, gsi1pk: _c, gsi1sk: _d, gsi2pk: _e, gsi2sk: _f, gsi3pk: _h, gsi3sk: _i, entity: _g, ...rest } = item;
  return { readAt: null, confirmedAt: null, ...rest } as unknown as Delivery;
}

export async function getDelivery(accountId: string, noticeId: string): Promise<Delivery | null> {
  const res = await ddb().send(new GetCommand({ TableName: tableName(), Key: keys.delivery(accountId, noticeId) }));
  return res.Item ? toDelivery(res.Item) : null;
}

/** A person's inbox, newest first (notice ids sort by time). One Query per page. */
export function listInbox(accountId: string, cursor?: string, limit = 20): Promise<Page<Delivery>> {
  return queryPage(
    {
      KeyConditionExpression: 'pk = :p',
      ExpressionAttributeValues: { ':p': keys.inboxPartition(accountId) },
      ScanIndexForward: false,
      Limit: limit,
    },
    cursor,
    toDelivery,
  );
}

/** The unread badge: a COUNT over the sparse unread index (only unread items are in it). */
export function countUnread(accountId: string): Promise<number> {
  return countAll({
    IndexName: 'gsi2',
    KeyConditionExpression: 'gsi2pk = :p',
    ExpressionAttributeValues: { ':p': keys.unreadPartition(accountId) },
  });
}

/** A person's unread entries (the sparse badge index), with what the to-do needs: one Query. */
export async function listUnread(accountId: string): Promise<{ noticeId: string; title: string; confirmBy: string | null }[]> {
  const items = await queryAll({
    IndexName: 'gsi2',
    KeyConditionExpression: 'gsi2pk = :p',
    ExpressionAttributeValues: { ':p': keys.unreadPartition(accountId) },
    ProjectionExpression: 'noticeId, title, confirmBy',
  });
  return items.map((i) => ({ noticeId: String(i.noticeId), title: String(i.title), confirmBy: typeof i.confirmBy === 'string' ? i.confirmBy : null }));
}

/** Who already has a delivery of the notice (to resume a publish that died half-way). */
export async function listDeliveredIds(noticeId: string): Promise<Set<string>> {
  const items = await queryAll({
    IndexName: 'gsi1',
    KeyConditionExpression: 'gsi1pk = :p',
    ExpressionAttributeValues: { ':p': keys.deliveryByNoticePartition(noticeId) },
    ProjectionExpression: 'accountId',
  });
  return new Set(items.map((i) => String(i.accountId)));
}

/**
 * Recipients of a notice at or under `orgPath` who have not read it, in tree order: a
 * sparse index that holds only unread deliveries, so every page is full.
 */
export function listUnreadRecipients(noticeId: string, orgPath: string, cursor?: string, limit = 50): Promise<Page<Delivery>> {
  return queryPage(
    {
      IndexName: 'gsi3',
      KeyConditionExpression: 'gsi3pk = :p AND begins_with(gsi3sk, :path)',
      ExpressionAttributeValues: { ':p': keys.unreadByNoticePartition(noticeId), ':path': orgPath },
      Limit: limit,
    },
    cursor,
    toDelivery,
  );
}

/**
 * Marks a delivery read (or confirmed) and counts it, atomically: the delivery's condition
 * makes a second open a no-op, and the counters land on one of the notice's shards.
 * Returns false when it was already marked.
 */
export async function markDelivery(
  d: Delivery,
  field: 'readAt' | 'confirmedAt',
  at: string,
  counters: string[],
  shard: number,
): Promise<boolean> {
  const names = Object.fromEntries(counters.map((c, i) => [`#c${i}`, c]));
  try {
    await transact([
      {
        item: {
          Update: {
            TableName: tableName(),
            Key: keys.delivery(d.accountId, d.noticeId),
            UpdateExpression:
              field === 'readAt' ? 'SET readAt = :at REMOVE gsi2pk, gsi2sk, gsi3pk, gsi3sk' : 'SET confirmedAt = :at',
            ConditionExpression: `attribute_exists(pk) AND attribute_not_exists(${field})`,
            ExpressionAttributeValues: { ':at': at },
          },
        },
        onConditionFailed: () => new AlreadyMarked(),
      },
      {
        item: {
          Update: {
            TableName: tableName(),
            Key: keys.noticeStats(d.noticeId, shard),
            UpdateExpression: `ADD ${counters.map((_, i) => `#c${i} :one`).join(', ')}`,
            ExpressionAttributeNames: names,
            ExpressionAttributeValues: { ':one': 1 },
          },
        },
      },
    ]);
    return true;
  } catch (error) {
    if (error instanceof AlreadyMarked) return false;
    throw error;
  }
}

/** Internal: the delivery was already marked; never leaves this module. */
class AlreadyMarked extends Conflict {
  constructor() {
    super('delivery.already_marked');
  }
}
