import { reportingRoutes } from '@trellis/shared/reporting/routes';
import { route } from '../../access/route';
import { pendingReportsPage } from '../region-reports';

/** Orgs in the region whose report is not (re)submitted yet. */
export const handler = route(reportingRoutes.pending, ({ input, target }) => pendingReportsPage(input.roundId, target().record.path, input.cursor));
