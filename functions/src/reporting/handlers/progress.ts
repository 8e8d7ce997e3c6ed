import { reportingRoutes } from '@trellis/shared/reporting/routes';

import { route } from '../../access/route';
import { regionProgress } from '../region';

export const handler = route(reportingRoutes.progress, ({ input, target }) => regionProgress(target().record, input.roundId));
