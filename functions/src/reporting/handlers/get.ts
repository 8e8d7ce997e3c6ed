import { reportingRoutes } from '@trellis/shared/reporting/routes';
import { route } from '../../access/route';
import { readReport } from '../read-report';

export const handler = route(reportingRoutes.get, ({ input }) => readReport(input.orgId, input.roundId));
