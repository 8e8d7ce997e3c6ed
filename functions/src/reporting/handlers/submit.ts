import type { Org } from '@trellis/shared/org/org';
import { submitReportInput } from '@trellis/shared/reporting/schemas';
import { route } from '../../http/route';
import { actingFor } from '../acting';
import { act } from '../transitions';

export const handler = route('reporting.submit', submitReportInput, ({ input, target, state }) =>
  act(actingFor(state, 'report.fill', target<Org>().record.path), 'submit', { reason: '', ...input }),
);
