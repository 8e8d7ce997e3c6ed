import { reportingRoutes } from '@trellis/shared/reporting/routes';
import { route } from '../../access/route';
import { actingFor } from '../acting';
import { reopen } from '../transitions';

export const handler = route(reportingRoutes.reopen, ({ input, target, actor, state }) =>
  reopen(actingFor(actor(), state.auth?.account.displayName, 'report.review', target().record.path), input),
);
