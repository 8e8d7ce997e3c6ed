import type { Node } from 'constructs';

/**
 * SMS limits the functions read from their environment (functions/src/config.ts):
 * `SMS_RATE_PER_SECOND` paces each outbox worker instance, `SMS_DAILY_BUDGET` caps what one
 * org may send per day (the worker spends it; the `notices.smsBudget` route shows it).
 */
export interface SmsLimits {
  /** Messages per second one outbox worker instance sends at most (context `smsRatePerSecond`). */
  readonly ratePerSecond: number;
  /** SMS one org may send per day, Beijing time (context `smsDailyBudget`). */
  readonly dailyBudget: number;
}

export const DEFAULT_SMS_LIMITS: SmsLimits = { ratePerSecond: 10, dailyBudget: 2000 };

/**
 * The limits with defaults filled in, checked the way the functions' config schema checks
 * them, so a bad value fails `cdk synth` instead of every cold start after the deploy.
 */
export function smsLimits(given: Partial<SmsLimits> = {}): SmsLimits {
  const limits = { ...DEFAULT_SMS_LIMITS, ...definedOnly(given) };
  if (!Number.isFinite(limits.ratePerSecond) || limits.ratePerSecond <= 0) {
    throw new Error(`SMS rate must be a positive number of messages per second, got ${limits.ratePerSecond}`);
  }
  if (!Number.isInteger(limits.dailyBudget) || limits.dailyBudget < 0) {
    throw new Error(`SMS daily budget must be a whole number >= 0, got ${limits.dailyBudget}`);
  }
  return limits;
}

/**
 * Reads `smsRatePerSecond` and `smsDailyBudget` from CDK context: numbers in cdk.json,
 * strings from `cdk synth -c smsDailyBudget=500`. Unset keys keep their defaults.
 */
export function smsLimitsFromContext(node: Node): SmsLimits {
  return smsLimits({
    ratePerSecond: numberContext(node, 'smsRatePerSecond'),
    dailyBudget: numberContext(node, 'smsDailyBudget'),
  });
}

function numberContext(node: Node, key: string): number | undefined {
  const raw: unknown = node.tryGetContext(key);
  if (raw === undefined || raw === null || (typeof raw === 'string' && raw.trim() === '')) return undefined;
  const value = typeof raw === 'number' ? raw : typeof raw === 'string' ? Number(raw.trim()) : Number.NaN;
  if (Number.isNaN(value)) throw new Error(`Context ${key} must be a number, got ${JSON.stringify(raw)}`);
  return value;
}

function definedOnly(given: Partial<SmsLimits>): Partial<SmsLimits> {
  return Object.fromEntries(Object.entries(given).filter(([, value]) => value !== undefined));
}
