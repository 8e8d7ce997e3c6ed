import { reportingRoutes } from '@trellis/shared/reporting/routes';
import { route } from '../../access/route';
import { actingFor } from '../acting';
import { attachMaterial } from '../materials';

export const handler = route(reportingRoutes.attach, ({ input, target, actor, state }) =>
  attachMaterial(actingFor(actor(), state.auth?.account.displayName, 'report.fill', target().record.path), input.orgId, input.roundId, input.uploadId, input.kind),
);
