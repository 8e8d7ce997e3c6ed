import type { Org } from '@trellis/shared/org/org';
import { reviewInput } from '@trellis/shared/reporting/schemas';
import { route } from '../../http/route';
import { actingFor } from '../acting';
import { reopen } from '../transitions';

export const handler = route('reporting.reopen', reviewInput, ({ input, target, state }) =>
  reopen(actingFor(state, 'report.review', target<Org>().record.path), input),
);
