import type { Org } from '@trellis/shared/org/org';
import { openRoundInput } from '@trellis/shared/reporting/rounds';
import { route, Status } from '../../http/route';
import { actingFor } from '../acting';
import { openRound } from '../open-round';

export const handler = route('reporting.rounds.open', openRoundInput, async ({ input, target, state }) => {
  const org = target<Org>().record;
  const { round, created } = await openRound(actingFor(state, 'report.round', org.path), org, input);
  return created ? new Status(201, round) : round;
});
