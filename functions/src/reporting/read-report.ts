import type { ReportView } from '@trellis/shared/reporting/report-view';
import { getReport } from '../adapters/dynamodb/report/report-store';
import { NotFound } from '../errors';
import { toReportView } from './report-view';

/** The org's report in a round, as the API shows it (404 if the org has none in that round). */
export async function readReport(orgId: string, roundId: string): Promise<ReportView> {
  const r = await getReport(orgId, roundId);
  if (!r) throw new NotFound('report.not_found');
  return toReportView(r);
}
