import { reportingRoutes } from '@trellis/shared/reporting/routes';
import { route } from '../../access/route';
import { materialLink } from '../material-link';

/** A short-lived link to one material attached to the report. */
export const handler = route(reportingRoutes.material, ({ input }) => materialLink(input.orgId, input.roundId, input.uploadId));
