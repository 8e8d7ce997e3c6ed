import type { PageServerLoad } from './$types';
import { api } from '#lib/server/api.ts';
import { raise } from '#lib/server/raise.ts';

/** Items recommended to this org from below, oldest first; each opens on its item page to decide. */
export const load: PageServerLoad = async ({ params, url }) => {
  const [org, queue] = await Promise.all([
    api('orgs.get', { params: { orgId: params.orgId } }),
    api('siteItems.queue', { params: { orgId: params.orgId }, query: { cursor: url.searchParams.get('cursor') } }),
  ]);
  if (!org.ok) raise(org);
  if (!queue.ok) raise(queue);
  return { org: { id: org.data.id, name: org.data.name }, items: queue.data.items, cursor: queue.data.cursor };
};
