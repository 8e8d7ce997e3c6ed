import { BatchGetCommand, GetCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { keys } from '@trellis/shared/data/keys';
import { siteItemKeys } from '@trellis/shared/data/keys-site-items';
import { memberKeys } from '@trellis/shared/data/keys-members';
import type { Org } from '@trellis/shared/orgs/org';
import type { SiteMembersLine } from '@trellis/shared/sites/site-home';
import { HOME_LINES, SITE_LIST_CATEGORIES, type SiteHome, type SiteItemLine } from '@trellis/shared/site-items/schemas';
import { homeAttribute, homeFromAttributes, homeOverflow } from '@trellis/shared/site-items/placements';
import { ddb, tableName } from '../table/client';
import { toOrg } from '../org/org-store';
import { listPublished } from '../site-item/site-item-store';
import { setRemoveExpression } from '../table/set-remove-expression';
import { transact } from '../table/transact';
import { Conflict } from '../../../errors';

const EMPTY_HOME: SiteHome = { news: [], notices: [], fromBelow: [] };

/**
 * The orgs on a path, one site's home projection and its member-units summary in a single
 * BatchGetItem, so a public page needs no more requests than the org chain alone.
 */
export async function getOrgsWithHome(ids: string[], siteId: string): Promise<{ orgs: Map<string, Org>; home: SiteHome; members: SiteMembersLine }> {
  const table = tableName();
  const orgs = new Map<string, Org>();
  let home = EMPTY_HOME;
  let members: SiteMembersLine = { items: [], total: 0 };
  const homeKey = siteItemKeys.home(siteId);
  const membersKey = memberKeys.memberUnitsSummary(siteId);
  let pending: Record<string, unknown>[] = [...[...new Set(ids)].map((id) => keys.org(id)), homeKey, membersKey];
  while (pending.length > 0) {
    const res = await ddb().send(new BatchGetCommand({ RequestItems: { [table]: { Keys: pending, ConsistentRead: true } } }));
    for (const item of res.Responses?.[table] ?? []) {
      if (item.pk === homeKey.pk) home = homeFromAttributes(item, HOME_LINES);
      else if (item.pk === membersKey.pk && item.sk === membersKey.sk) members = membersFrom(item);
      else orgs.set(String(item.id), toOrg(item));
    }
    pending = (res.UnprocessedKeys?.[table]?.Keys ?? []) as Record<string, unknown>[];
  }
  return { orgs, home, members };
}

function membersFrom(item: Record<string, unknown>): SiteMembersLine {
  const items = Array.isArray(item.items) ? (item.items as { name: string; type: string }[]) : [];
  return { items: items.map((m) => ({ name: m.name, type: m.type })), total: Number(item.total ?? 0) };
}

/**
 * Keeps a site's home projection to the newest lines after items were published or taken
 * down: drops lines beyond twice what the page shows, and refills a category that fell
 * short from the site's published list. The list is read consistently and every line it
 * offers is checked against its item (read consistently too), so a line an index still
 * returned after a takedown is never written back; the refill is written on condition that
 * those items did not change since (a takedown in between makes it start over).
 * Idempotent; runs after the item's transaction.
 */
export async function tidyHome(siteId: string): Promise<void> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await tidyOnce(siteId);
    } catch (error) {
      if (!(error instanceof Conflict) || attempt >= 3) throw error;
    }
  }
}

async function tidyOnce(siteId: string): Promise<void> {
  const res = await ddb().send(new GetCommand({ TableName: tableName(), Key: siteItemKeys.home(siteId), ConsistentRead: true }));
  const attrs = res.Item ?? {};
  const remove = homeOverflow(attrs, HOME_LINES * 2);
  const candidates = new Map<string, SiteItemLine>();
  const shown = homeFromAttributes(attrs, HOME_LINES);
  const counts = { news: shown.news.length, notice: shown.notices.length, below: shown.fromBelow.length };
  for (const category of SITE_LIST_CATEGORIES) {
    if (counts[category] >= HOME_LINES) continue;
    const page = await listPublished(siteId, category, undefined, HOME_LINES, true);
    for (const line of page.items) {
      const name = homeAttribute(category, line.id);
      if (!(name in attrs)) candidates.set(name, line);
    }
  }
  const live = await publishedHere(siteId, [...new Set([...candidates.values()].map((l) => l.id))]);
  const set = new Map([...candidates].filter(([, line]) => live.has(line.id)));
  if (remove.length === 0 && set.size === 0) return;
  const update = { TableName: tableName(), Key: siteItemKeys.home(siteId), ...setRemoveExpression(set, remove) };
  if (set.size === 0) {
    await ddb().send(new UpdateCommand(update));
    return;
  }
  const refilled = [...new Set([...set.values()].map((l) => l.id))];
  await transact([
    { item: { Update: update } },
    ...refilled.map((id) => ({
      item: { ConditionCheck: { TableName: tableName(), Key: siteItemKeys.item(id), ConditionExpression: 'version = :v', ExpressionAttributeValues: { ':v': live.get(id) } } },
      onConditionFailed: () => new Conflict('siteItem.changed'),
    })),
  ]);
}

/** Of these items, those still published on this site, with the version read (one consistent BatchGet). */
async function publishedHere(siteId: string, ids: string[]): Promise<Map<string, number>> {
  const live = new Map<string, number>();
  const table = tableName();
  for (let i = 0; i < ids.length; i += 100) {
    let pending: Record<string, unknown>[] = ids.slice(i, i + 100).map((id) => siteItemKeys.item(id));
    while (pending.length > 0) {
      const res = await ddb().send(new BatchGetCommand({
        RequestItems: { [table]: { Keys: pending, ConsistentRead: true, ProjectionExpression: 'id, #s, placements, version', ExpressionAttributeNames: { '#s': 'status' } } },
      }));
      for (const item of res.Responses?.[table] ?? []) {
        const placements = (item.placements ?? []) as { orgId: string; state: string }[];
        if (item.status === 'published' && placements.some((p) => p.orgId === siteId && p.state === 'published')) live.set(String(item.id), Number(item.version));
      }
      pending = (res.UnprocessedKeys?.[table]?.Keys ?? []) as Record<string, unknown>[];
    }
  }
  return live;
}
