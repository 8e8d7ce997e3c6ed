import { reportingRoutes } from '@trellis/shared/reporting/routes';

import { getReport } from '../../adapters/dynamodb/report/report-store';
import { NotFound } from '../../errors';
import { route } from '../../access/route';
import { toReportView } from '../report-view';

export const handler = route(reportingRoutes.get, async ({ input }) => {
  const r = await getReport(input.orgId, input.roundId);
  if (!r) throw new NotFound('report.not_found');
  return toReportView(r);
});
