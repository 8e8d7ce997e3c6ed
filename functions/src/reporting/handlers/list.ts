import { reportingRoutes } from '@trellis/shared/reporting/routes';
import { route } from '../../access/route';
import { roundReportsPage } from '../region-reports';

/** A round's reports in the region, 50 a page, optionally in one state (the review queue, the export table). */
export const handler = route(reportingRoutes.list, ({ input, target }) =>
  roundReportsPage(input.roundId, target().record.path, input.state, input.cursor),
);
