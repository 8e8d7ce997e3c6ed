import type { Page } from '@trellis/shared/orgs/org';
import type { PublishedResourcesInput, ReaderResourceView } from '@trellis/shared/resources/schemas';
import { getOrg } from '../adapters/dynamodb/org/org-store';
import { browseResources } from '../adapters/dynamodb/resource/resource-browse-store';
import { AccessDenied } from '../errors';
import { presentAll } from './present';

/**
 * Published works anywhere in the system: in a region (an org's subtree), by category,
 * subject, school and title keyword, newest or most viewed first, as any reader sees them.
 * An unknown region is answered like a forbidden one.
 */
export async function browsePublished(query: PublishedResourcesInput): Promise<Page<ReaderResourceView>> {
  const region = await getOrg(query.orgId);
  if (!region) throw new AccessDenied();
  const { category, subject, schoolId, q, sort, cursor } = query;
  const page = await browseResources({ path: region.path, category, subject, schoolId, q: q || undefined }, sort, cursor);
  return { items: await presentAll(page.items), cursor: page.cursor };
}
