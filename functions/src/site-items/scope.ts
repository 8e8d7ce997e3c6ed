import type { Actor } from '@trellis/shared/access/policy';
import type { Org } from '@trellis/shared/orgs/org';
import { isSelfOrAncestorPath } from '@trellis/shared/orgs/path';
import type { OrgRef, SiteItemView, TrailEntry } from '@trellis/shared/site-items/schemas';
import { sitesChangedBy } from '@trellis/shared/site-items/public-sites';
import { getSiteItem, writeSiteItem } from '../adapters/dynamodb/site-item/site-item-store';
import { tidyHome } from '../adapters/dynamodb/site/site-home-store';
import { sitesChanged } from '../edge/public-paths-changed';
import { AccessDenied } from '../errors';
import type { Step } from './transitions';

export const orgRef = (o: Org): OrgRef => ({ orgId: o.id, orgPath: o.path, orgName: o.name, orgSlug: o.slug });

export const stepFor = (account: { id: string; displayName: string }, org: OrgRef): Step => ({
  by: account.id, byName: account.displayName, org, at: new Date().toISOString(),
});

/** A trail entry for a step with no reason (created, edited, submitted). */
export const plainEntry = (step: Step, action: 'created' | 'edited' | 'submitted'): TrailEntry => ({
  at: step.at, by: step.by, byName: step.byName, orgId: step.org.orgId, orgName: step.org.orgName, action, reason: null,
});

/**
 * The item, if it was written at `site` or below it (the author's org and its superiors see
 * it). Anything else is answered like a missing item.
 */
export async function itemUnder(site: Org, itemId: string): Promise<SiteItemView> {
  const item = await getSiteItem(itemId);
  if (!item || !isSelfOrAncestorPath(site.path, item.origin.orgPath)) throw new AccessDenied();
  return item;
}

/** The item written at `site` itself. */
export async function ownItem(site: Org, itemId: string): Promise<SiteItemView> {
  const item = await itemUnder(site, itemId);
  if (item.origin.orgId !== site.id) throw new AccessDenied();
  return item;
}

/**
 * Writes the new state, keeps the home projection of every site it touched short and full, and
 * invalidates at the edge the sites that show the item now and did not, or did and no longer do
 * (a takedown: every site that carried it), in one invalidation.
 */
export async function save(before: SiteItemView | null, after: SiteItemView): Promise<SiteItemView> {
  const sites = await writeSiteItem(before, after);
  for (const siteId of sites) await tidyHome(siteId);
  const step = after.trail.at(-1)?.action ?? 'changed';
  await sitesChanged(`site-item-${step.replaceAll('_', '-')}`, sitesChangedBy(before, after));
  return after;
}

/** The highest org on the item's path, strictly above its origin, where the actor is an admin. */
export function takedownLevel(actor: Actor, item: SiteItemView, orgsAbove: Org[]): Org | null {
  const above = orgsAbove.filter((o) => isSelfOrAncestorPath(o.path, item.origin.orgPath) && o.id !== item.origin.orgId);
  return above.find((o) => actor.grants.some((g) => g.role === 'admin' && g.orgId === o.id)) ?? null;
}

/** True when the actor is an admin at the org that took the item down or above it. */
export function mayRestore(actor: Actor, item: SiteItemView): boolean {
  const at = item.takedown?.orgPath;
  return Boolean(at) && actor.grants.some((g) => g.role === 'admin' && isSelfOrAncestorPath(g.orgPath, at ?? ''));
}
