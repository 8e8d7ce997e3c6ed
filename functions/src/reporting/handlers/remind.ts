import type { Org } from '@trellis/shared/org/org';
import { remindInput } from '@trellis/shared/reporting/schemas';
import { route } from '../../http/route';
import { remindPending } from '../remind';

export const handler = route('reporting.remind', remindInput, ({ input, target }) =>
  remindPending(target<Org>().record, input.roundId, input.requestId),
);
