import { materialParams } from '@trellis/shared/reporting/schemas';
import { route } from '../../http/route';
import { materialLink } from '../material-link';

/** A short-lived link to one material attached to the report. */
export const handler = route('reporting.material', materialParams, ({ input }) => materialLink(input.orgId, input.roundId, input.uploadId));
