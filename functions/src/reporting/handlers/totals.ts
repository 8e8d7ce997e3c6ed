import type { Org } from '@trellis/shared/org/org';
import { roundParams } from '@trellis/shared/reporting/schemas';
import { route } from '../../http/route';
import { regionTotals } from '../region';

export const handler = route('reporting.totals', roundParams, ({ input, target }) => regionTotals(target<Org>().record, input.roundId));
