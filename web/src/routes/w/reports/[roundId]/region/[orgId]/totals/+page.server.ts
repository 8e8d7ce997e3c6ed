import type { PageServerLoad } from './$types';
import { api } from '#lib/server/api.ts';
import { raise } from '#lib/server/raise.ts';

/** A region's totals of approved reports for a round (one request; always current). */
export const load: PageServerLoad = async ({ params }) => {
  const [totals, rounds] = await Promise.all([
    api('reporting.totals', { params }),
    api('reporting.listRounds', { params: { orgId: params.orgId } }),
  ]);
  if (!totals.ok) raise(totals);
  const round = rounds.ok ? (rounds.data.items.find((r) => r.id === params.roundId) ?? null) : null;
  return { ...totals.data, round };
};
