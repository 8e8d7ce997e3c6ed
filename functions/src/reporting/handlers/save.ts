import { reportingRoutes } from '@trellis/shared/reporting/routes';
import { route } from '../../access/route';
import { saveReport } from '../save-report';

export const handler = route(reportingRoutes.save, ({ input }) =>
  saveReport(input.orgId, input.roundId, input.expectedVersion, input.data),
);
