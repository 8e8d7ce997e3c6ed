import type { Org } from '@trellis/shared/orgs/org';
import { getOrg } from '../adapters/dynamodb/org/org-store';
import { changeOrgSlug } from '../adapters/dynamodb/org/org-writes';
import { AccessDenied } from '../errors';
import { sitesChanged } from '../edge/public-paths-changed';

/**
 * The org's admin gives its site a new address. Of two concurrent changes one wins (409
 * `conflict.version`); an address held by another org or a pending application is 409
 * `slug.taken`. Pages under the old address answer 308 to the new one (web/src/lib/server/site-address.ts).
 */
export async function changeSiteAddress(org: Org, expectedVersion: number, slug: string): Promise<Org> {
  if (slug === org.slug) return org;
  await changeOrgSlug(org, expectedVersion, slug);
  // The old address now redirects and the new one may have been a cached 404: both leave the edge.
  await sitesChanged('site-address-changed', [org.slug, slug]);
  const updated = await getOrg(org.id);
  if (!updated) throw new AccessDenied();
  return updated;
}
