import type { ReportPage } from '@trellis/shared/reporting/report-view';
import type { ReportState } from '@trellis/shared/reporting/states';
import { listPendingReports, listRoundReports } from '../adapters/dynamodb/report/report-store';
import { toReportSummary } from './report-view';

/** A round's reports in the region (by its org path), 50 a page, optionally in one state. */
export async function roundReportsPage(roundId: string, regionPath: string, state: ReportState | undefined, cursor?: string): Promise<ReportPage> {
  const page = await listRoundReports(roundId, regionPath, state, cursor);
  return { items: page.items.map(toReportSummary), cursor: page.cursor };
}

/** The round's reports in the region not (re)submitted yet: one Query of the sparse pending index per page. */
export async function pendingReportsPage(roundId: string, regionPath: string, cursor?: string): Promise<ReportPage> {
  const page = await listPendingReports(roundId, regionPath, cursor);
  return { items: page.items.map(toReportSummary), cursor: page.cursor };
}
