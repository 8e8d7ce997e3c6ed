import type { Org } from '@trellis/shared/org/org';
import { attachInput } from '@trellis/shared/reporting/schemas';
import { route } from '../../http/route';
import { actingFor } from '../acting';
import { attachMaterial } from '../materials';

export const handler = route('reporting.attach', attachInput, ({ input, target, state }) =>
  attachMaterial(actingFor(state, 'report.fill', target<Org>().record.path), input.orgId, input.roundId, input.uploadId, input.kind),
);
