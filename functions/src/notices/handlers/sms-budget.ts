import { noticesRoutes } from '@trellis/shared/notices/routes';


import { smsBudgetUsed } from '../../adapters/dynamodb/sms-budget/sms-budget-store';
import { config } from '../../config';
import { route } from '../../access/route';
import { budgetDay } from '../../notify/rate-limiter';

/** Today's SMS budget use of an org, for its admins. */
export const handler = route(noticesRoutes.smsBudget, async ({ target }) => {
  const day = budgetDay();
  return { day, used: await smsBudgetUsed(target().record.id, day), limit: config().SMS_DAILY_BUDGET };
});
