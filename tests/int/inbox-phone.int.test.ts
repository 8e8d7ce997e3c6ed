import { describe, expect, it } from 'vitest';
import { listSinkMessages } from '../../functions/src/adapters/dynamodb/sms-sink/sms-sink-store';
import { call, loginAs, uniqueSuffix } from './api-client';

async function codeSentTo(phone: string): Promise<string> {
  let code: string | undefined;
  // Up to 50 s: the outbox worker may be sending another test's batch of SMS first (rate-limited).
  for (let i = 0; i < 250 && !code; i++) {
    code = /(\d{6})/.exec((await listSinkMessages(500)).find((m) => m.to === phone && m.text.includes('绑定'))?.text ?? '')?.[1];
    if (!code) await new Promise((r) => setTimeout(r, 200));
  }
  if (!code) throw new Error('no code arrived');
  return code;
}

describe('binding and verifying a mobile number', () => {
  it('binds a number with a 6-digit code, refuses a wrong code, and records opting out', async () => {
    const admin = await loginAs('jnxx.admin');
    const username = `p${uniqueSuffix()}`;
    const created = await call('accounts.create', {
      params: { orgId: 'sd-jn-xxgc' }, token: admin,
      body: { username, displayName: '绑定测试', roles: ['member'], password: 'bind-phone-pass' },
    });
    expect(created.status).toBe(201);
    let token = await loginAs(username, 'bind-phone-pass');
    expect((await call('auth.password', { token, body: { current: 'bind-phone-pass', next: 'bind-phone-pass-2' } })).status).toBe(200);
    token = await loginAs(username, 'bind-phone-pass-2');
    const phone = `135${String(Date.now()).slice(-8)}`;
    expect((await call('inbox.phone', { token, body: { phone } })).status).toBe(202);
    const code = await codeSentTo(`+86${phone}`);
    const wrong = await call('inbox.phoneVerify', { token, body: { code: code === '000000' ? '111111' : '000000' } });
    expect(wrong.body.error.fields).toEqual({ code: ['code.invalid'] });
    const ok = await call('inbox.phoneVerify', { token, body: { code } });
    expect(ok.body).toMatchObject({ phone: `+86${phone}`, phoneVerified: true });
    expect((await call('inbox.phoneVerify', { token, body: { code } })).status).toBe(400);
    const out = await call('inbox.smsPreferences', { token, body: { optOut: true } });
    expect(out.body.smsOptOut).toBe(true);
    const taken = await call('inbox.phone', { token: await loginAs('li.member'), body: { phone } });
    expect(taken.body.error.code).toBe('phone.taken');
    expect((await call('inbox.phone', { token, body: { phone: '123' } })).status).toBe(400);
  });
});
