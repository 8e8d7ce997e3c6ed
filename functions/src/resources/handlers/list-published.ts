import { resourcesRoutes } from '@trellis/shared/resources/routes';

import { getOrg } from '../../adapters/dynamodb/org/org-store';
import { browseResources } from '../../adapters/dynamodb/resource/resource-browse-store';
import { AccessDenied } from '../../errors';
import { route } from '../../access/route';
import { presentAll } from '../present';

/**
 * Published works anywhere in the system: in a region (an org's subtree), by category,
 * subject, school and title keyword, newest or most viewed first.
 */
export const handler = route(resourcesRoutes.published, async ({ input }) => {
  const region = await getOrg(input.orgId);
  if (!region) throw new AccessDenied();
  const { category, subject, schoolId, q, sort, cursor } = input;
  const page = await browseResources({ path: region.path, category, subject, schoolId, q: q || undefined }, sort, cursor);
  return { items: await presentAll(page.items), cursor: page.cursor };
});
