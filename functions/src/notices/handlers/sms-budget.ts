import { noticesRoutes } from '@trellis/shared/notices/routes';
import { route } from '../../access/route';
import { smsBudgetToday } from '../sms-budget';

/** Today's SMS budget use of an org, for its admins. */
export const handler = route(noticesRoutes.smsBudget, ({ target }) => smsBudgetToday(target().record.id));
