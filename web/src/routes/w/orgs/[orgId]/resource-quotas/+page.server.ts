import type { PageServerLoad } from './$types';
import { api } from '#lib/server/api.ts';
import { raise } from '#lib/server/raise.ts';

/** This school year's published works against the quota, for the org and every school below it. */
export const load: PageServerLoad = async ({ params }) => {
  const [org, quotas] = await Promise.all([
    api('orgs.get', { params: { orgId: params.orgId } }),
    api('resources.quotas', { params: { orgId: params.orgId } }),
  ]);
  if (!org.ok) raise(org);
  if (!quotas.ok) raise(quotas);
  return { org: { id: org.data.id, name: org.data.name, ancestors: org.data.ancestors }, ...quotas.data };
};
