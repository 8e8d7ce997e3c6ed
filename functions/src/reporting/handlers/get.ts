import { roundParams } from '@trellis/shared/reporting/schemas';
import { getReport } from '../../adapters/dynamodb/report-store';
import { NotFound } from '../../errors';
import { route } from '../../http/route';
import { toReportView } from '../report-view';

export const handler = route('reporting.get', roundParams, async ({ input }) => {
  const r = await getReport(input.orgId, input.roundId);
  if (!r) throw new NotFound('report.not_found');
  return toReportView(r);
});
