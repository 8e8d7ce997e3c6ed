import type { Org, SiteStatus } from '@trellis/shared/orgs/org';
import { writeSiteStatus } from '../adapters/dynamodb/site/site-writes';
import { sitesChanged } from '../edge/public-paths-changed';

/**
 * Closes (with a reason) or reopens an org's public site, recording who did it and when, and
 * invalidates every page of it at the edge (a closed site shows only why) and its parent's
 * site, whose directory of sub-orgs links to it.
 */
export async function setSiteStatus(orgId: string, state: SiteStatus['state'], reason: string, by: string, parent?: Org): Promise<Org> {
  const org = await writeSiteStatus(orgId, { state, ...(state === 'closed' ? { reason } : {}), by, at: new Date().toISOString() });
  await sitesChanged(state === 'closed' ? 'site-closed' : 'site-reopened', [org.slug, ...(parent ? [parent.slug] : [])]);
  return org;
}
