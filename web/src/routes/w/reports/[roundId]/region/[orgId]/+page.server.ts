import { randomUUID } from 'node:crypto';
import { fail } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { REPORT_STATES, type ReportState } from '@trellis/shared/reporting/states';
import { can } from '#lib/access/actor.ts';
import { api } from '#lib/server/api.ts';
import { text } from '#lib/server/form-fields.ts';
import { raise } from '#lib/server/raise.ts';

/**
 * A region's dashboard for a round: progress of the region and of each region below it
 * (drill-down), the orgs not yet submitted (with the SMS reminder), and the reports table.
 */
export const load: PageServerLoad = async ({ locals, params, url }) => {
  const session = locals.session!;
  const stateParam = url.searchParams.get('state') ?? '';
  const state = (REPORT_STATES as readonly string[]).includes(stateParam) ? (stateParam as ReportState) : undefined;
  const [progress, org, rounds, pending, reports] = await Promise.all([
    api('reporting.progress', { params }),
    api('orgs.get', { params: { orgId: params.orgId } }),
    api('reporting.listRounds', { params: { orgId: params.orgId } }),
    api('reporting.pending', { params, query: { cursor: url.searchParams.get('pcursor') } }),
    api('reporting.list', { params, query: { state, cursor: url.searchParams.get('cursor') } }),
  ]);
  if (!progress.ok) raise(progress);
  if (!org.ok) raise(org);
  const round = rounds.ok ? (rounds.data.items.find((r) => r.id === params.roundId) ?? null) : null;
  const parent = org.data.ancestors.at(-1);
  const parentPath = org.data.path.split('/').filter(Boolean).slice(0, -1);
  const target = { id: org.data.id, path: org.data.path, status: org.data.status };
  const up = parent && can(session, 'report.read', { id: parent.id, path: `/${parentPath.join('/')}/`, status: 'active' }) ? parent : null;
  return {
    progress: progress.data,
    round,
    region: { id: org.data.id, name: org.data.name },
    up,
    state: state ?? '',
    pending: pending.ok ? pending.data : { items: [], cursor: null },
    reports: reports.ok ? reports.data : { items: [], cursor: null },
    canRemind: can(session, 'report.remind', target),
    requestId: randomUUID(),
  };
};

export const actions: Actions = {
  remind: async ({ params, request }) => {
    const form = await request.formData();
    const requestId = text(form, 'requestId');
    if (text(form, 'confirmed') !== 'yes') return { confirmRemind: { requestId } };
    const res = await api('reporting.remind', { params, body: { requestId } });
    if (!res.ok) return fail(res.status, { form: 'remind', error: res.error.code });
    return { reminded: res.data };
  },
};
