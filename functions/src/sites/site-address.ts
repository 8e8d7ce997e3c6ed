import type { SiteAddress } from '@trellis/shared/sites/schemas';
import { slugHolder } from '../adapters/dynamodb/org/org-store';

/** Whether a site address is free: no org, former address or pending application holds its slug guard item (one GetItem). */
export async function siteAddress(slug: string): Promise<SiteAddress> {
  return { slug, available: (await slugHolder(slug)) === null };
}
