import type { OrgRef, SiteItemView, SitePlacement, TrailAction } from '@trellis/shared/site-items/schemas';
import { Conflict } from '../errors';

/** Who takes a step, and for which org. */
export interface Step {
  by: string;
  byName: string;
  org: OrgRef;
  at: string;
}

function withTrail(item: SiteItemView, step: Step, action: TrailAction, reason: string | null, extra: { toOrgName?: string } = {}): SiteItemView {
  const entry = { at: step.at, by: step.by, byName: step.byName, orgId: step.org.orgId, orgName: step.org.orgName, action, reason, ...extra };
  return { ...item, trail: [...item.trail, entry], updatedAt: step.at, version: item.version + 1 };
}

function placementAt(item: SiteItemView, orgId: string): SitePlacement | undefined {
  return item.placements.find((p) => p.orgId === orgId);
}

function setPlacement(item: SiteItemView, orgId: string, change: Partial<SitePlacement>): SitePlacement[] {
  return item.placements.map((p) => (p.orgId === orgId ? { ...p, ...change } : p));
}

function mustBePublished(item: SiteItemView): void {
  if (item.status === 'taken_down') throw new Conflict('siteItem.taken_down');
  if (item.status !== 'published') throw new Conflict('siteItem.not_published');
}

/** The org's admin publishes what was submitted on the org's own site, or returns it with a reason. */
export function decideOwn(item: SiteItemView, step: Step, decision: 'approve' | 'return', reason: string): SiteItemView {
  if (item.status !== 'pending') throw new Conflict('siteItem.already_decided');
  if (decision === 'return') return withTrail({ ...item, status: 'returned' }, step, 'returned', reason);
  const placement: SitePlacement = { ...item.origin, state: 'published', at: step.at, publishedAt: step.at };
  return withTrail({ ...item, status: 'published', placements: [placement] }, step, 'approved', reason || null);
}

/** A site that published the item (or has it recommended) passes it to its parent's review queue. */
export function recommend(item: SiteItemView, step: Step, parent: OrgRef, reason: string): SiteItemView {
  mustBePublished(item);
  const here = placementAt(item, step.org.orgId);
  if (!here || (here.state !== 'published' && here.state !== 'recommended')) throw new Conflict('siteItem.not_recommendable');
  if (placementAt(item, parent.orgId)) throw new Conflict('siteItem.already_recommended');
  const placements = here.state === 'recommended' ? setPlacement(item, step.org.orgId, { state: 'forwarded', at: step.at }) : item.placements;
  const next: SitePlacement = { ...parent, state: 'recommended', at: step.at, publishedAt: null };
  return withTrail({ ...item, placements: [...placements, next] }, step, 'recommended', reason || null, { toOrgName: parent.orgName });
}

/** The parent's reviewer publishes a recommended item on its own site (the source stays the origin), or rejects it. */
export function review(item: SiteItemView, step: Step, decision: 'publish' | 'reject', reason: string): SiteItemView {
  mustBePublished(item);
  if (placementAt(item, step.org.orgId)?.state !== 'recommended') throw new Conflict('siteItem.already_decided');
  if (decision === 'reject') {
    return withTrail({ ...item, placements: setPlacement(item, step.org.orgId, { state: 'rejected', at: step.at }) }, step, 'rejected', reason);
  }
  const placements = setPlacement(item, step.org.orgId, { state: 'published', at: step.at, publishedAt: step.at });
  return withTrail({ ...item, placements }, step, 'published', reason || null);
}

/** An admin above the origin takes the item off every site and feed, with a reason. */
export function takeDown(item: SiteItemView, step: Step, reason: string): SiteItemView {
  mustBePublished(item);
  const takedown = { ...step.org, by: step.by, byName: step.byName, at: step.at, reason };
  return withTrail({ ...item, status: 'taken_down', takedown }, step, 'taken_down', reason);
}

/** The level that took it down (or one above) puts it back on every site it was published on. */
export function restore(item: SiteItemView, step: Step, reason: string): SiteItemView {
  if (item.status !== 'taken_down') throw new Conflict('siteItem.not_taken_down');
  return withTrail({ ...item, status: 'published', takedown: null }, step, 'restored', reason || null);
}
