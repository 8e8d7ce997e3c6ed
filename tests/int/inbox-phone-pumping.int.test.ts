import { randomInt } from 'node:crypto';
import { GetCommand } from '@aws-sdk/lib-dynamodb';
import { describe, expect, it } from 'vitest';
import { keys } from '@trellis/shared/data/keys';
import { ddb, tableName } from '../../functions/src/adapters/dynamodb/table/client';
import type { AccountRecord } from '@trellis/shared/accounts/account-record';
import { getVerificationCode } from '../../functions/src/adapters/dynamodb/verification-code/verification-code-store';
import { requestPhoneCode } from '../../functions/src/inbox/phone-binding';
import { withConcurrency } from '../../functions/src/notify/send-outbox';
import { call, loginAs, randomIp, uniqueSuffix } from './api-client';

/** Phone verification codes cost an SMS each: concurrent requests must not outrun the limits. */
const victim = () => `+86139${String(randomInt(10 ** 8)).padStart(8, '0')}`;
const someone = (i: number) => ({ id: `pump-${uniqueSuffix()}-${i}` }) as AccountRecord;

/** What the counters hold for a subject (current and previous window, so a window edge cannot flake). */
async function sendsCounted(value: string): Promise<number> {
  const w = Math.floor(Date.now() / (15 * 60_000));
  const counts = await Promise.all([w, w - 1].map(async (window) => {
    const res = await ddb().send(new GetCommand({ TableName: tableName(), Key: keys.throttle('sms', value, window), ConsistentRead: true }));
    return Number(res.Item?.count ?? 0);
  }));
  return counts[0]! + counts[1]!;
}

async function outcomes(tasks: (() => Promise<void>)[]) {
  const settled = await withConcurrency(tasks, 50, (t) => t().then(() => 'sent', (e: Error) => e.message === 'too many requests' ? 'throttled' : String(e)));
  return { sent: settled.filter((s) => s === 'sent').length, throttled: settled.filter((s) => s === 'throttled').length };
}

describe('SMS pumping through phone binding', () => {
  it('50 concurrent POST /me/phone from one account send 3 codes, the rest answer 429', async () => {
    const admin = await loginAs('jnxx.admin');
    const username = `q${uniqueSuffix()}`;
    const created = await call('accounts.create', {
      params: { orgId: 'sd-jn-xxgc' }, token: admin,
      body: { username, displayName: '频率测试', roles: ['member'], password: 'pump-phone-pass' },
    });
    expect(created.status).toBe(201);
    const first = await loginAs(username, 'pump-phone-pass');
    expect((await call('auth.password', { token: first, body: { current: 'pump-phone-pass', next: 'pump-phone-pass-2' } })).status).toBe(200);
    const token = await loginAs(username, 'pump-phone-pass-2');
    const phone = victim().slice(3);
    const answers = await Promise.all(Array.from({ length: 50 }, () => call('inbox.phone', { token, body: { phone }, sourceIp: randomIp() })));
    const statuses = answers.map((a) => a.status).sort();
    expect(statuses.filter((s) => s === 202)).toHaveLength(3);
    expect(statuses.filter((s) => s === 429)).toHaveLength(47);
    expect(answers.find((a) => a.status === 429)?.body.error.code).toBe('sms.too_many_requests');
  });

  it('50 accounts at once, each from its own IP, get only 3 codes sent to one victim number', async () => {
    const phone = victim();
    const people = Array.from({ length: 50 }, (_, i) => someone(i));
    const result = await outcomes(people.map((p) => () => requestPhoneCode(p, phone, randomIp())));
    expect(result).toEqual({ sent: 3, throttled: 47 });
    const codes = await Promise.all(people.map((p) => getVerificationCode(keys.phoneCode(p.id))));
    expect(codes.filter(Boolean)).toHaveLength(3);
    // The refused ones' account counters were given back: across the 50 accounts they count 3 sends.
    const counted = await Promise.all(people.map((p) => sendsCounted(`acct:${p.id}`)));
    expect(counted.reduce((a, b) => a + b, 0)).toBe(3);
  });

  it('one IP asking for 50 different accounts and numbers at once gets 10 codes sent', async () => {
    const ip = randomIp();
    const result = await outcomes(Array.from({ length: 50 }, (_, i) => () => requestPhoneCode(someone(i), victim(), ip)));
    expect(result).toEqual({ sent: 10, throttled: 40 });
  });
});
