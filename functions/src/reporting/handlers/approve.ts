import type { Org } from '@trellis/shared/org/org';
import { reviewInput } from '@trellis/shared/reporting/schemas';
import { route } from '../../http/route';
import { actingFor } from '../acting';
import { act } from '../transitions';

export const handler = route('reporting.approve', reviewInput, ({ input, target, state }) =>
  act(actingFor(state, 'report.review', target<Org>().record.path), 'approve', { ...input }),
);
