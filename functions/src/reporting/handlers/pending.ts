import { reportingRoutes } from '@trellis/shared/reporting/routes';


import { listPendingReports } from '../../adapters/dynamodb/report/report-store';
import { route } from '../../access/route';
import { toReportSummary } from '../report-view';

/** Orgs in the region whose report is not (re)submitted yet: one Query of the sparse index per page. */
export const handler = route(reportingRoutes.pending, async ({ input, target }) => {
  const page = await listPendingReports(input.roundId, target().record.path, input.cursor);
  return { items: page.items.map(toReportSummary), cursor: page.cursor };
});
