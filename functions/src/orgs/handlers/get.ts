import { orgsRoutes } from '@trellis/shared/orgs/routes';
import { route } from '../../access/route';

/** The org and its ancestors (already loaded by the policy check: no further reads). */
export const handler = route(orgsRoutes.get, async ({ target }) => {
  const { record, pathOrgs } = target();
  const ancestors = pathOrgs.filter((o) => o.id !== record.id).map((o) => ({ id: o.id, name: o.name, slug: o.slug }));
  return { ...record, ancestors };
});
