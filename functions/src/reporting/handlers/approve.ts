import { reportingRoutes } from '@trellis/shared/reporting/routes';
import { route } from '../../access/route';
import { actingFor } from '../acting';
import { act } from '../transitions';

export const handler = route(reportingRoutes.approve, ({ input, target, actor, state }) =>
  act(actingFor(actor(), state.auth?.account.displayName, 'report.review', target().record.path), 'approve', { ...input }),
);
