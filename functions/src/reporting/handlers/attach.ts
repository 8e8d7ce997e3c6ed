import { attachInput } from '@trellis/shared/reporting/schemas';
import { route } from '../../http/route';
import { attachMaterial } from '../materials';

export const handler = route('reporting.attach', attachInput, ({ input }) =>
  attachMaterial(input.orgId, input.roundId, input.uploadId, input.kind),
);
