import type { SiteAddress } from '@trellis/shared/sites/schemas';
import { findOrgBySlug } from '../adapters/dynamodb/org/org-store';

/** Whether a site address is free: no org holds its slug guard item (one GetItem). */
export async function siteAddress(slug: string): Promise<SiteAddress> {
  return { slug, available: (await findOrgBySlug(slug)) === null };
}
