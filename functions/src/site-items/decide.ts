import type { Actor } from '@trellis/shared/access/policy';
import type { Org } from '@trellis/shared/orgs/org';
import type { SiteItemView } from '@trellis/shared/site-items/schemas';
import { AccessDenied, Conflict } from '../errors';
import { itemUnder, mayRestore, orgRef, ownItem, save, stepFor, takedownLevel } from './scope';
import { tellOriginOfTakedown } from './tell-origin';
import { tellAuthor } from './tell-author';
import { decideOwn, recommend, restore, review, takeDown } from './transitions';

type Account = { id: string; displayName: string };

/** The org's admin approves (publishes on the own site) or returns what was submitted. */
export async function approveItem(account: Account, site: Org, itemId: string, decision: 'approve' | 'return', reason: string): Promise<SiteItemView> {
  const before = await ownItem(site, itemId);
  const after = await save(before, decideOwn(before, stepFor(account, orgRef(site)), decision, reason));
  await tellAuthor(after, site, decision === 'approve' ? 'siteItem.published' : 'siteItem.returned', reason);
  return after;
}

/** `site` recommends the item to its parent. `pathOrgs` are the orgs on the site's path, root first. */
export async function recommendItem(account: Account, site: Org, pathOrgs: Org[], itemId: string, reason: string): Promise<SiteItemView> {
  const before = await itemUnder(site, itemId);
  const parent = pathOrgs.at(-2);
  if (!parent) throw new Conflict('siteItem.no_parent');
  return save(before, recommend(before, stepFor(account, orgRef(site)), orgRef(parent), reason));
}

/** `site` publishes an item recommended to it, or rejects it with a reason. */
export async function reviewItem(account: Account, site: Org, itemId: string, decision: 'publish' | 'reject', reason: string): Promise<SiteItemView> {
  const before = await itemUnder(site, itemId);
  if (!before.placements.some((p) => p.orgId === site.id)) throw new AccessDenied();
  const after = await save(before, review(before, stepFor(account, orgRef(site)), decision, reason));
  await tellAuthor(after, site, decision === 'publish' ? 'siteItem.published' : 'siteItem.rejected', reason);
  return after;
}

/**
 * An admin above the item's origin takes it down from every site and feed. The takedown is
 * recorded at the highest level where the actor is an admin, so only that level or one
 * above it can undo it.
 */
export async function takeDownItem(actor: Actor, account: Account, site: Org, pathOrgs: Org[], itemId: string, reason: string): Promise<SiteItemView> {
  const before = await itemUnder(site, itemId);
  const level = takedownLevel(actor, before, pathOrgs);
  if (!level) throw new AccessDenied();
  const after = await save(before, takeDown(before, stepFor(account, orgRef(level)), reason));
  await tellOriginOfTakedown(level, after);
  await tellAuthor(after, level, 'siteItem.taken_down', reason);
  return after;
}

/** Undoes a takedown: only an admin at the level that took it down or above. */
export async function restoreItem(actor: Actor, account: Account, site: Org, itemId: string, reason: string): Promise<SiteItemView> {
  const before = await itemUnder(site, itemId);
  if (before.status !== 'taken_down') throw new Conflict('siteItem.not_taken_down');
  if (!mayRestore(actor, before)) throw new AccessDenied('siteItem.restore_denied');
  return save(before, restore(before, stepFor(account, orgRef(site)), reason));
}
