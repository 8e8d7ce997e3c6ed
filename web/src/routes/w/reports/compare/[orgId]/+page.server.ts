import type { PageServerLoad } from './$types';
import { api } from '#lib/server/api.ts';
import { raise } from '#lib/server/raise.ts';
import { FORMS } from '@trellis/shared/reporting/group-annual-form';

/** The fields compared year by year (their declarations go to the page as data, not in its JavaScript). */
const KEYS = ['enrolment', 'graduates', 'employedInGroup', 'fullTimeTeachers', 'enterpriseOutput', 'sharedEquipmentValue'];

/** Year by year: the org's own report figures and the totals of the region it heads. */
export const load: PageServerLoad = async ({ params }) => {
  const [compare, org] = await Promise.all([
    api('reporting.compare', { params, query: { formId: 'group-annual' } }),
    api('orgs.get', { params }),
  ]);
  if (!compare.ok) raise(compare);
  if (!org.ok) raise(org);
  const decl = FORMS['group-annual']!;
  const defs = KEYS.map((k) => decl.fields.find((f) => f.key === k)!).filter(Boolean);
  return { compare: compare.data, orgName: org.data.name, orgId: org.data.id, defs };
};
