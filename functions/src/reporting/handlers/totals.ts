import { reportingRoutes } from '@trellis/shared/reporting/routes';

import { route } from '../../access/route';
import { regionTotals } from '../region';

export const handler = route(reportingRoutes.totals, ({ input, target }) => regionTotals(target().record, input.roundId));
