import { reportingRoutes } from '@trellis/shared/reporting/routes';

import { route } from '../../access/route';
import { remindPending } from '../remind';

export const handler = route(reportingRoutes.remind, ({ input, target }) =>
  remindPending(target().record, input.roundId, input.requestId),
);
