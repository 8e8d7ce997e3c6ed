import type { Org } from '@trellis/shared/org/org';
import { orgIdParams } from '@trellis/shared/org/schemas';
import { route } from '../../http/route';

/** The org and its ancestors (already loaded by the policy check: no further reads). */
export const handler = route('orgs.get', orgIdParams, async ({ target }) => {
  const { record, pathOrgs } = target<Org>();
  const ancestors = pathOrgs.filter((o) => o.id !== record.id).map((o) => ({ id: o.id, name: o.name, slug: o.slug }));
  return { ...record, ancestors };
});
