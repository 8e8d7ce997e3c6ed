import { reportingRoutes } from '@trellis/shared/reporting/routes';
import { route } from '../../access/route';
import { actingFor } from '../acting';
import { act } from '../transitions';

export const handler = route(reportingRoutes.submit, ({ input, target, actor, state }) =>
  act(actingFor(actor(), state.auth?.account.displayName, 'report.fill', target().record.path), 'submit', { reason: '', ...input }),
);
