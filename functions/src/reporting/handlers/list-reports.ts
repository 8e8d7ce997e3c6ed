import type { Org } from '@trellis/shared/org/org';
import { listReportsInput } from '@trellis/shared/reporting/schemas';
import { listRoundReports } from '../../adapters/dynamodb/report-store';
import { route } from '../../http/route';
import { toReportSummary } from '../report-view';

/** A round's reports in the region, 50 a page, optionally in one state (the review queue, the export table). */
export const handler = route('reporting.list', listReportsInput, async ({ input, target }) => {
  const page = await listRoundReports(input.roundId, target<Org>().record.path, input.state, input.cursor);
  return { items: page.items.map(toReportSummary), cursor: page.cursor };
});
