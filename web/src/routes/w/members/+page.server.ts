import { redirect } from '@sveltejs/kit';
import type { PageServerLoad } from './$types';
import { membershipsAllowing } from '#lib/access/actor.ts';

/** The nav entry: straight to the one org whose members this person manages, or a choice. */
export const load: PageServerLoad = ({ locals }) => {
  const orgs = membershipsAllowing(locals.session!, 'member.manage').map((m) => ({ id: m.orgId, name: m.orgName }));
  if (orgs.length === 1) redirect(303, `/w/orgs/${encodeURIComponent(orgs[0]!.id)}/members`);
  return { orgs };
};
