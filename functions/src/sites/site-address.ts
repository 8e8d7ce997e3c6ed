import type { SiteAddress } from '@trellis/shared/sites/schemas';
import { firstFreeSlug, slugHolder } from '../adapters/dynamodb/org/org-store';
import { suggestedAddresses } from './address-suggestion';

/** Whether a site address is free: no org, former address or pending application holds its slug guard item (one GetItem). */
export async function siteAddress(slug: string): Promise<SiteAddress> {
  return { slug, available: (await slugHolder(slug)) === null };
}

/** The first free readable address for a name (one BatchGet), or the best one marked taken when all are held. */
export async function suggestAddress(name: string): Promise<SiteAddress> {
  const candidates = suggestedAddresses(name);
  const free = await firstFreeSlug(candidates);
  return free ? { slug: free, available: true } : { slug: candidates[0] ?? 'org', available: false };
}
