import { GetCommand } from '@aws-sdk/lib-dynamodb';
import { siteItemKeys } from '@trellis/shared/data/keys-site-items';
import type { Page } from '@trellis/shared/orgs/org';
import type { QueueLine, SiteItemLine, SiteItemStatus, SiteItemView, SiteListCategory } from '@trellis/shared/site-items/schemas';
import { derivedRows, homeAttribute } from '@trellis/shared/site-items/placements';
import { ddb, tableName } from '../table/client';
import { queryPage } from '../table/query-all';
import { setRemoveExpression } from '../table/set-remove-expression';
import { transact, type GuardedItem } from '../table/transact';
import { Conflict } from '../../../errors';
import { todoDelta } from '../todo/todo-counter-store';

function toItem(item: Record<string, unknown>): SiteItemView {
  const { pk: _a, sk: _b, gsi1pk: _c, gsi1sk: _d, entity: _e, ...rest } = item;
  return rest as unknown as SiteItemView;
}

export async function getSiteItem(id: string): Promise<SiteItemView | null> {
  const res = await ddb().send(new GetCommand({ TableName: tableName(), Key: siteItemKeys.item(id), ConsistentRead: true }));
  return res.Item ? toItem(res.Item) : null;
}

type Rows = ReturnType<typeof derivedRows>;
const pubKey = (r: Rows['pub'][number]) => siteItemKeys.pub(r.siteId, r.category, r.line.at, r.line.id);
const queueKey = (r: Rows['queue'][number]) => siteItemKeys.queue(r.siteId, r.line.at, r.line.id);
const keyOf = (k: { pk: string; sk: string }) => `${k.pk}|${k.sk}`;

/** Per site: the home attributes to set (name -> line) and to remove. */
function homeChanges(before: Rows, after: Rows): Map<string, { set: Map<string, SiteItemLine>; remove: string[] }> {
  const sites = new Map<string, { set: Map<string, SiteItemLine>; remove: string[] }>();
  const site = (id: string) => sites.get(id) ?? sites.set(id, { set: new Map(), remove: [] }).get(id)!;
  for (const r of after.pub) site(r.siteId).set.set(homeAttribute(r.category, r.line.id), r.line);
  for (const r of before.pub) {
    const name = homeAttribute(r.category, r.line.id);
    if (!sites.get(r.siteId)?.set.has(name)) site(r.siteId).remove.push(name);
  }
  return sites;
}

function homeUpdate(siteId: string, change: { set: Map<string, SiteItemLine>; remove: string[] }): GuardedItem {
  return { item: { Update: { TableName: tableName(), Key: siteItemKeys.home(siteId), ...setRemoveExpression(change.set, change.remove) } } };
}

/** The orgs whose decision an item waits for: its own org while pending, each site it is recommended to. */
function awaiting(item: SiteItemView | null): string[] {
  if (!item) return [];
  return [...(item.status === 'pending' ? [item.origin.orgId] : []), ...derivedRows(item).queue.map((q) => q.siteId)];
}

/** The to-do counters' moves for a change: +1 where it starts waiting, -1 where it stops. */
function awaitingChange(before: SiteItemView | null, after: SiteItemView): GuardedItem[] {
  const delta = new Map<string, number>();
  for (const id of awaiting(before)) delta.set(id, (delta.get(id) ?? 0) - 1);
  for (const id of awaiting(after)) delta.set(id, (delta.get(id) ?? 0) + 1);
  return [...delta].flatMap(([orgId, n]) => todoDelta([orgId], 'siteItems', n));
}

/**
 * Writes an item's new state in one transaction, conditioned on the version it was read at
 * (two reviewers deciding at once: one wins, the other gets `siteItem.changed`), together
 * with every line it puts on sites: public lists, review queues, home projections.
 * Returns the ids of sites whose home projection changed.
 */
export async function writeSiteItem(before: SiteItemView | null, after: SiteItemView): Promise<string[]> {
  const table = tableName();
  const old = before ? derivedRows(before) : { pub: [], queue: [] };
  const next = derivedRows(after);
  const items: GuardedItem[] = [
    {
      item: {
        Put: {
          TableName: table,
          Item: { ...siteItemKeys.item(after.id), ...siteItemKeys.byOrigin(after.origin.orgId, after.status, after.updatedAt, after.id), entity: 'siteItem', ...after },
          ...(before
            ? { ConditionExpression: 'version = :v', ExpressionAttributeValues: { ':v': before.version } }
            : { ConditionExpression: 'attribute_not_exists(pk)' }),
        },
      },
      onConditionFailed: () => new Conflict('siteItem.changed'),
    },
  ];
  const keep = new Set([...next.pub.map((r) => keyOf(pubKey(r))), ...next.queue.map((r) => keyOf(queueKey(r)))]);
  for (const r of old.pub) if (!keep.has(keyOf(pubKey(r)))) items.push({ item: { Delete: { TableName: table, Key: pubKey(r) } } });
  for (const r of old.queue) if (!keep.has(keyOf(queueKey(r)))) items.push({ item: { Delete: { TableName: table, Key: queueKey(r) } } });
  for (const r of next.pub) items.push({ item: { Put: { TableName: table, Item: { ...pubKey(r), ...r.line } } } });
  for (const r of next.queue) items.push({ item: { Put: { TableName: table, Item: { ...queueKey(r), ...r.line } } } });
  const homes = homeChanges(old, next);
  for (const [siteId, change] of homes) items.push(homeUpdate(siteId, change));
  const newImages = after.imageIds.filter((id) => !before?.imageIds.includes(id));
  for (const id of newImages) items.push({ item: { Put: { TableName: table, Item: { ...siteItemKeys.image(id), itemId: after.id } } } });
  // An image removed in an edit is no longer the item's: its record goes, so it is never served.
  // (Only a record pointing at this item: the same upload may since belong to another one.)
  for (const id of (before?.imageIds ?? []).filter((i) => !after.imageIds.includes(i))) {
    if ((await getSiteImage(id))?.itemId !== after.id) continue;
    items.push({
      item: { Delete: { TableName: table, Key: siteItemKeys.image(id), ConditionExpression: 'itemId = :i', ExpressionAttributeValues: { ':i': after.id } } },
      onConditionFailed: () => new Conflict('siteItem.changed'),
    });
  }
  items.push(...awaitingChange(before, after));
  await transact(items);
  return [...homes.keys()];
}

const stripKeys = <T>(item: Record<string, unknown>): T => {
  const { pk: _a, sk: _b, ...rest } = item;
  return rest as T;
};

/** An org's own items with one status, newest first. */
export function listOriginItems(orgId: string, status: SiteItemStatus, cursor?: string): Promise<Page<SiteItemView>> {
  return queryPage(
    {
      IndexName: 'gsi1',
      KeyConditionExpression: 'gsi1pk = :p AND begins_with(gsi1sk, :s)',
      ExpressionAttributeValues: { ':p': siteItemKeys.byOriginPartition(orgId), ':s': `${status}#` },
      ScanIndexForward: false,
      Limit: 20,
    },
    cursor,
    toItem,
  );
}

/** Items recommended to a site and not yet decided, oldest first. */
export function listQueue(siteId: string, cursor?: string): Promise<Page<QueueLine>> {
  return queryPage(
    { KeyConditionExpression: 'pk = :p', ExpressionAttributeValues: { ':p': siteItemKeys.queuePartition(siteId) }, Limit: 20 },
    cursor,
    (i) => stripKeys<QueueLine>(i),
  );
}

/**
 * A site's published lines of one category, newest first. `consistent` reads the lines as
 * last written (the home refill after a takedown must not see a line the takedown deleted).
 */
export function listPublished(siteId: string, category: SiteListCategory, cursor?: string, limit = 20, consistent = false): Promise<Page<SiteItemLine>> {
  return queryPage(
    {
      KeyConditionExpression: 'pk = :p AND begins_with(sk, :c)',
      ExpressionAttributeValues: { ':p': siteItemKeys.pubPartition(siteId), ':c': `${category}#` },
      ScanIndexForward: false,
      Limit: limit,
      ...(consistent ? { ConsistentRead: true } : {}),
    },
    cursor,
    (i) => stripKeys<SiteItemLine>(i),
  );
}

/** The item an image belongs to, if it was attached to one (only then is it public). */
export async function getSiteImage(uploadId: string): Promise<{ itemId: string } | null> {
  const res = await ddb().send(new GetCommand({ TableName: tableName(), Key: siteItemKeys.image(uploadId) }));
  return res.Item ? { itemId: String(res.Item.itemId) } : null;
}
