import { reportingRoutes } from '@trellis/shared/reporting/routes';
import { route } from '../../access/route';
import { Status } from '../../http/status';
import { actingFor } from '../acting';
import { openRound } from '../open-round';

export const handler = route(reportingRoutes.openRound, async ({ input, target, actor, state }) => {
  const org = target().record;
  const { round, created } = await openRound(actingFor(actor(), state.auth?.account.displayName, 'report.round', org.path), org, input);
  return created ? new Status(201, round) : round;
});
