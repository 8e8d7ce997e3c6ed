import type { PageServerLoad } from './$types';
import { api } from '#lib/server/api.ts';
import { raise } from '#lib/server/raise.ts';

/** Year by year: the org's own report figures and the totals of the region it heads. */
export const load: PageServerLoad = async ({ params }) => {
  const [compare, org] = await Promise.all([
    api('reporting.compare', { params, query: { formId: 'group-annual' } }),
    api('orgs.get', { params }),
  ]);
  if (!compare.ok) raise(compare);
  if (!org.ok) raise(org);
  return { compare: compare.data, orgName: org.data.name, orgId: org.data.id };
};
