import type { Org } from '@trellis/shared/org/org';
import { pendingInput } from '@trellis/shared/reporting/schemas';
import { listPendingReports } from '../../adapters/dynamodb/report-store';
import { route } from '../../http/route';
import { toReportSummary } from '../report-view';

/** Orgs in the region whose report is not (re)submitted yet: one Query of the sparse index per page. */
export const handler = route('reporting.pending', pendingInput, async ({ input, target }) => {
  const page = await listPendingReports(input.roundId, target<Org>().record.path, input.cursor);
  return { items: page.items.map(toReportSummary), cursor: page.cursor };
});
