import { reportingRoutes } from '@trellis/shared/reporting/routes';

import { route } from '../../access/route';
import { orgHistory } from '../history';

export const handler = route(reportingRoutes.history, ({ target }) => orgHistory(target().record));
