import { reportingRoutes } from '@trellis/shared/reporting/routes';


import { listRoundReports } from '../../adapters/dynamodb/report/report-store';
import { route } from '../../access/route';
import { toReportSummary } from '../report-view';

/** A round's reports in the region, 50 a page, optionally in one state (the review queue, the export table). */
export const handler = route(reportingRoutes.list, async ({ input, target }) => {
  const page = await listRoundReports(input.roundId, target().record.path, input.state, input.cursor);
  return { items: page.items.map(toReportSummary), cursor: page.cursor };
});
