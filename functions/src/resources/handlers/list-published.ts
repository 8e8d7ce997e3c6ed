import { publishedResourcesInput } from '@trellis/shared/resources/schemas';
import { getOrg } from '../../adapters/dynamodb/org-store';
import { listPublishedResources } from '../../adapters/dynamodb/resource-store';
import { AccessDenied } from '../../errors';
import { route } from '../../http/route';
import { toResourceView } from '../submit';

/** Published works anywhere in the system, by region (an org's subtree) and category. */
export const handler = route('resources.published', publishedResourcesInput, async ({ input }) => {
  const region = await getOrg(input.orgId);
  if (!region) throw new AccessDenied();
  const page = await listPublishedResources(region.path, input.category, input.cursor);
  return { items: page.items.map(toResourceView), cursor: page.cursor };
});
