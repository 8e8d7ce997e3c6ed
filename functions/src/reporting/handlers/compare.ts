import { reportingRoutes } from '@trellis/shared/reporting/routes';

import { route } from '../../access/route';
import { compareYears } from '../history';

export const handler = route(reportingRoutes.compare, ({ input, target }) => compareYears(target().record, input.formId));
