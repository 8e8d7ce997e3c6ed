import type { SmsBudget } from '@trellis/shared/notices/responses';
import { smsBudgetUsed } from '../adapters/dynamodb/sms-budget/sms-budget-store';
import { config } from '../config';
import { budgetDay } from '../notify/rate-limiter';

/** Today's SMS budget use of an org against the daily limit. */
export async function smsBudgetToday(orgId: string): Promise<SmsBudget> {
  const day = budgetDay();
  return { day, used: await smsBudgetUsed(orgId, day), limit: config().SMS_DAILY_BUDGET };
}
