import type { PageServerLoad } from './$types';
import { api } from '#lib/server/api.ts';
import { raise } from '#lib/server/raise.ts';
import { aggregatedFields } from '@trellis/shared/reporting/form-declaration';
import { GBT4754_SECTIONS } from '@trellis/shared/reporting/gbt4754';
import { FORMS } from '@trellis/shared/reporting/group-annual-form';

/** A region's totals of approved reports for a round (one request; always current). */
export const load: PageServerLoad = async ({ params }) => {
  const [totals, rounds] = await Promise.all([
    api('reporting.totals', { params }),
    api('reporting.listRounds', { params: { orgId: params.orgId } }),
  ]);
  if (!totals.ok) raise(totals);
  const round = rounds.ok ? (rounds.data.items.find((r) => r.id === params.roundId) ?? null) : null;
  // The declared fields that are totalled and the industry sections present, as data: the form's
  // declaration and the GB/T 4754 table stay out of the page's JavaScript.
  const decl = FORMS[round?.formId ?? 'group-annual'] ?? FORMS['group-annual']!;
  const sections = GBT4754_SECTIONS.filter((s) => (totals.data.totals.industrySections[s.code] ?? 0) > 0).map(({ code, name }) => ({ code, name }));
  return { ...totals.data, round, fields: aggregatedFields(decl), sections };
};
