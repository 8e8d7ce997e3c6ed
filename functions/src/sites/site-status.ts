import type { Org, SiteStatus } from '@trellis/shared/orgs/org';
import { writeSiteStatus } from '../adapters/dynamodb/site/site-writes';

/** Closes (with a reason) or reopens an org's public site, recording who did it and when. */
export function setSiteStatus(orgId: string, state: SiteStatus['state'], reason: string, by: string): Promise<Org> {
  return writeSiteStatus(orgId, { state, ...(state === 'closed' ? { reason } : {}), by, at: new Date().toISOString() });
}
