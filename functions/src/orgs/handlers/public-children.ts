import { orgsRoutes } from '@trellis/shared/orgs/routes';

import { listChildOrgs } from '../../adapters/dynamodb/org/org-store';
import { route } from '../../access/route';

/** Public directory for the application's parent picker; `root` lists the top level. */
export const handler = route(orgsRoutes.publicChildren, async ({ input }) => {
  const page = await listChildOrgs(input.orgId, input.cursor, 50);
  return {
    items: page.items.filter((o) => o.status === 'active').map((o) => ({ id: o.id, name: o.name, type: o.type, slug: o.slug })),
    cursor: page.cursor,
  };
});
