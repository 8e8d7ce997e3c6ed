import { saveReportInput } from '@trellis/shared/reporting/schemas';
import { route } from '../../http/route';
import { saveReport } from '../save-report';

export const handler = route('reporting.save', saveReportInput, ({ input }) =>
  saveReport(input.orgId, input.roundId, input.expectedVersion, input.data),
);
