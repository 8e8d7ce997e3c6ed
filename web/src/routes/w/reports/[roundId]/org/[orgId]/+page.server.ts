import { redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { depthOf, isSelfOrAncestorPath } from '@trellis/shared/orgs/path';
import { isWindowOpen } from '@trellis/shared/reporting/rounds';
import { can } from '#lib/access/actor.ts';
import { api } from '#lib/server/api.ts';
import { raise } from '#lib/server/raise.ts';
import { review } from '#lib/server/report-review.ts';
import { savedReply, saveFromForm, submitFromForm } from '#lib/server/report-save.ts';
import { attachMaterial, importWorkbook } from '#lib/server/report-files.ts';

/** One org's report of a round: the form for its admins, the review controls for superiors. */
export const load: PageServerLoad = async ({ locals, params }) => {
  const session = locals.session!;
  const [report, rounds] = await Promise.all([
    api('reporting.get', { params }),
    api('reporting.listRounds', { params: { orgId: params.orgId } }),
  ]);
  if (!report.ok) raise(report);
  const round = rounds.ok ? (rounds.data.items.find((r) => r.id === params.roundId) ?? null) : null;
  const target = { id: params.orgId, path: report.data.orgPath, status: 'active' as const };
  const windowOpen = round ? isWindowOpen(round, new Date()) : false;
  // The shallowest level where the session reviews this report (1 national, 2 province, ...).
  const reviewDepths = session.memberships
    .filter((m) => m.roles.includes('admin') && isSelfOrAncestorPath(m.orgPath, report.data.orgPath) && m.orgPath !== report.data.orgPath)
    .map((m) => depthOf(m.orgPath));
  return {
    report: report.data,
    round,
    windowOpen,
    canFill: can(session, 'report.fill', target),
    reviewDepth: reviewDepths.length > 0 ? Math.min(...reviewDepths) : null,
    accountId: session.account.id,
  };
};

const here = (p: { roundId: string; orgId: string }) => `/w/reports/${p.roundId}/org/${p.orgId}`;

export const actions: Actions = {
  save: async ({ params, request }) => {
    const saved = await saveFromForm(params.orgId, params.roundId, await request.formData());
    return saved.failure ?? savedReply(saved.view);
  },
  submit: async ({ params, request }) => {
    const out = await submitFromForm(params.orgId, params.roundId, await request.formData());
    if (out.failure) return out.failure;
    if (out.confirm) return { confirmSubmit: true, ...out.confirm };
    redirect(303, `${here(params)}?done=submit`);
  },
  review: async ({ params, request }) => review(params.orgId, params.roundId, await request.formData(), here(params)),
  attach: async ({ params, request }) => attachMaterial(params.orgId, params.roundId, await request.formData(), here(params)),
  import: async ({ params, request }) => importWorkbook(params.orgId, params.roundId, await request.formData(), here(params)),
};
