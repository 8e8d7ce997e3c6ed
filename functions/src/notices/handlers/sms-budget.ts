import type { Org } from '@trellis/shared/org/org';
import { orgIdParams } from '@trellis/shared/org/schemas';
import { smsBudgetUsed } from '../../adapters/dynamodb/sms-budget-store';
import { config } from '../../config';
import { route } from '../../http/route';
import { budgetDay } from '../../notify/rate-limiter';

/** Today's SMS budget use of an org, for its admins. */
export const handler = route('notices.smsBudget', orgIdParams, async ({ target }) => {
  const day = budgetDay();
  return { day, used: await smsBudgetUsed(target<Org>().record.id, day), limit: config().SMS_DAILY_BUDGET };
});
