import type { PageServerLoad } from './$types';
import type { ReportRound } from '@trellis/shared/reporting/rounds';
import type { ReportSummary } from '@trellis/shared/reporting/report-view';
import { depthOf } from '@trellis/shared/orgs/path';
import { api } from '#lib/server/api.ts';
import { nationalOrg, reportingOrgs } from '#lib/reporting/memberships.ts';

/**
 * The reporting home: for each org of the session that may read reports, its own reports
 * year by year (an org that must report) and the rounds that concern it (its dashboards).
 */
export const load: PageServerLoad = async ({ locals }) => {
  const session = locals.session!;
  const orgs = await Promise.all(reportingOrgs(session).map(async (m) => {
    const [rounds, history] = await Promise.all([
      api('reporting.listRounds', { params: { orgId: m.orgId } }),
      api('reporting.history', { params: { orgId: m.orgId } }),
    ]);
    return {
      orgId: m.orgId,
      orgName: m.orgName,
      // Regions (national, province, city) have dashboards; schools and groups below do not.
      isRegion: depthOf(m.orgPath) <= 3,
      rounds: rounds.ok ? [...rounds.data.items].sort((a, b) => b.year - a.year) : ([] as ReportRound[]),
      reports: history.ok ? history.data.items : ([] as ReportSummary[]),
    };
  }));
  return { orgs, national: nationalOrg(session), today: new Date().toISOString().slice(0, 10) };
};
