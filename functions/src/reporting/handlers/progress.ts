import type { Org } from '@trellis/shared/org/org';
import { roundParams } from '@trellis/shared/reporting/schemas';
import { route } from '../../http/route';
import { regionProgress } from '../region';

export const handler = route('reporting.progress', roundParams, ({ input, target }) => regionProgress(target<Org>().record, input.roundId));
