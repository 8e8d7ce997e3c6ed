import { randomInt } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { listSinkMessages } from '../../functions/src/adapters/dynamodb/sms-sink/sms-sink-store';
import { withConcurrency } from '../../functions/src/notify/send-outbox';
import { takePlatformCodeSms } from '../../functions/src/security/code-sms-allowance';
import { newVerifiedAccount } from './auth-fixture';
import { call, randomIp } from './api-client';

/** Reset codes cost an SMS each: concurrent requests must not outrun the limits (issue 12, defect 4). */
describe('SMS pumping through password-reset codes', () => {
  it('50 concurrent POST /auth/sms-code for one number, each from its own IP, send 3 codes; the rest answer 429', async () => {
    const { phone } = await newVerifiedAccount();
    const national = phone.replace('+86', '');
    const statuses = await withConcurrency([...Array(50).keys()], 50, (i) =>
      call('auth.smsCode', { body: { phone: i % 2 ? phone : national }, sourceIp: randomIp() }).then((r) => r.status),
    );
    expect(statuses.filter((s) => s === 202).length).toBe(3);
    expect(statuses.filter((s) => s === 429).length).toBe(47);
    const codes = async () => (await listSinkMessages(1000)).filter((m) => m.to === phone).length;
    await expect.poll(codes, { timeout: 30_000, interval: 250 }).toBe(3);
  });

  it('one IP asking for 50 numbers at once gets at most 10 requests through', async () => {
    const ip = randomIp();
    const statuses = await withConcurrency([...Array(50).keys()], 50, () =>
      call('auth.smsCode', { body: { phone: `+86137${String(randomInt(10 ** 8)).padStart(8, '0')}` }, sourceIp: ip }).then((r) => r.status),
    );
    expect(statuses.filter((s) => s === 202).length).toBe(10);
    expect(statuses.filter((s) => s === 429).length).toBe(40);
  });

  it('the platform-wide allowance of code SMS per minute holds under 50 concurrent takes', async () => {
    // A minute of its own (days ahead), so no other test's codes share the counter.
    const minute = Date.now() + randomInt(10, 10_000) * 86_400_000;
    const taken = await withConcurrency([...Array(50).keys()], 50, () => takePlatformCodeSms(minute, 20));
    expect(taken.filter(Boolean).length).toBe(20);
  });
});
