import { redirect } from '@sveltejs/kit';
import type { PageServerLoad } from './$types';
import { membershipsAllowing } from '#lib/access/actor.ts';

/** The nav's entry: the orgs where the account writes or reviews site items (straight there when only one). */
export const load: PageServerLoad = async ({ parent }) => {
  const { session } = await parent();
  const writable = membershipsAllowing(session, 'siteItem.write');
  const orgs = writable.map((m) => ({ id: m.orgId, name: m.orgName, reviewer: m.roles.includes('admin') }));
  if (orgs.length === 1 && orgs[0]) redirect(303, `/w/orgs/${orgs[0].id}/site-items`);
  return { orgs };
};
