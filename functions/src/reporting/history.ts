import type { Org } from '@trellis/shared/orgs/org';
import { FORMS } from '@trellis/shared/reporting/group-annual-form';
import type { ReportSummary } from '@trellis/shared/reporting/report-view';
import type { YearComparison } from '@trellis/shared/reporting/year-comparison';
import { toRegionTotals } from '@trellis/shared/reporting/totals';
import { readCounters } from '../adapters/dynamodb/report/report-counter-store';
import { listRounds } from '../adapters/dynamodb/report-round/report-round-store';
import { listOrgReports } from '../adapters/dynamodb/report/report-store';
import { toReportSummary } from './report-view';

/** An org's own reports, year by year (newest first): one Query on its partition. */
export async function orgHistory(org: Org): Promise<{ items: ReportSummary[] }> {
  const reports = await listOrgReports(org.id);
  return { items: reports.map(toReportSummary).sort((a, b) => b.year - a.year) };
}

/**
 * Yearly comparison for an org and the region it heads: for each round of the form, the
 * org's own report (if it had to report) and the region's totals. One Query for the rounds,
 * one for the org's reports, one BatchGet per 12 years of totals.
 */
export async function compareYears(org: Org, formId: string): Promise<YearComparison> {
  const form = FORMS[formId];
  const rounds = (await listRounds()).filter((r) => r.formId === formId).sort((a, b) => a.year - b.year);
  const own = new Map((await listOrgReports(org.id)).map((r) => [r.roundId, r]));
  const years = await Promise.all(rounds.map(async (round) => {
    const counters = await readCounters('totals', round.id, [org.id]);
    const mine = own.get(round.id);
    return {
      year: round.year, roundId: round.id, own: mine ? toReportSummary(mine) : null, ownData: mine?.data ?? null,
      region: toRegionTotals(form ?? FORMS['group-annual']!, counters.get(org.id)?.totals ?? {}),
    };
  }));
  return { orgId: org.id, formId, years };
}
