import { App } from 'aws-cdk-lib';
import { describe, expect, it } from 'vitest';
import { DEFAULT_SMS_LIMITS, smsLimits, smsLimitsFromContext } from '../lib/sms';
import { logicalId, trellis } from './synth';

const fromContext = (context: Record<string, unknown>) => smsLimitsFromContext(new App({ context }).node);

describe('SMS limits from CDK context', () => {
  it('defaults to 10 messages per second per worker and 2000 SMS per org per day', () => {
    expect(DEFAULT_SMS_LIMITS).toEqual({ ratePerSecond: 10, dailyBudget: 2000 });
    expect(fromContext({})).toEqual(DEFAULT_SMS_LIMITS);
    expect(fromContext({ smsRatePerSecond: '', smsDailyBudget: null })).toEqual(DEFAULT_SMS_LIMITS);
  });

  it('reads numbers (cdk.json) and strings (`-c key=value`)', () => {
    expect(fromContext({ smsRatePerSecond: 4, smsDailyBudget: 500 })).toEqual({ ratePerSecond: 4, dailyBudget: 500 });
    expect(fromContext({ smsRatePerSecond: '2.5', smsDailyBudget: ' 0 ' })).toEqual({ ratePerSecond: 2.5, dailyBudget: 0 });
    expect(fromContext({ smsDailyBudget: '300' })).toEqual({ ratePerSecond: 10, dailyBudget: 300 });
  });

  it.each([
    [{ smsRatePerSecond: 'fast' }, /Context smsRatePerSecond must be a number/],
    [{ smsDailyBudget: true }, /Context smsDailyBudget must be a number/],
    [{ smsRatePerSecond: '0' }, /positive number of messages per second/],
    [{ smsRatePerSecond: -1 }, /positive number of messages per second/],
    [{ smsDailyBudget: '2000.5' }, /whole number >= 0/],
    [{ smsDailyBudget: -1 }, /whole number >= 0/],
  ])('refuses %j at synth time', (context, message) => {
    expect(() => fromContext(context)).toThrow(message);
  });

  it('fills in defaults for limits left undefined', () => {
    expect(smsLimits({ dailyBudget: undefined, ratePerSecond: 3 })).toEqual({ ratePerSecond: 3, dailyBudget: 2000 });
  });
});

describe('TrellisStack: SMS limits reach the functions that read them', () => {
  const { stack, template } = trellis({ sms: { ratePerSecond: 4, dailyBudget: 500 } });
  const resources = template.toJSON().Resources;
  const env = (construct: Parameters<typeof logicalId>[0]) => resources[logicalId(construct)].Properties.Environment.Variables;

  it('gives the outbox worker the rate and the budget', () => {
    expect(env(stack.notify.workers.get('outbox')!)).toMatchObject({ SMS_RATE_PER_SECOND: '4', SMS_DAILY_BUDGET: '500' });
  });

  it('gives every API function the budget (notices.smsBudget shows it), not the rate', () => {
    expect(env(stack.api.functionOf('notices.smsBudget')!).SMS_DAILY_BUDGET).toBe('500');
    for (const [capability, fn] of stack.api.functions) {
      expect(env(fn).SMS_DAILY_BUDGET, capability).toBe('500');
      expect(env(fn), capability).not.toHaveProperty('SMS_RATE_PER_SECOND');
    }
  });

  it('fails synthesis on an invalid limit', () => {
    expect(() => trellis({ sms: { dailyBudget: -1 } })).toThrow(/whole number >= 0/);
  });
});
