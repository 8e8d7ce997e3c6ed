import { describe, expect, it } from 'vitest';
import { putCaptcha } from '../../functions/src/adapters/dynamodb/captcha/captcha-store';
import { sha256 } from '../../functions/src/security/tokens';
import { DEMO_PASSWORD } from '../../dev/demo-data';
import { call, loginAs, randomIp, uniqueSuffix } from './api-client';
import { newVerifiedAccount, resetCodeFor } from './auth-fixture';
import { IP_MAX_FAILURES, MAX_FAILURES } from '../../functions/src/auth/login-throttle';

async function newTeacher(password = 'first-password-1') {
  const username = `t${uniqueSuffix()}`;
  const admin = await loginAs('jnxx.admin');
  const res = await call('accounts.create', {
    params: { orgId: 'sd-jn-xxgc' }, token: admin,
    body: { username, displayName: '测试教师', roles: ['teacher'], password },
  });
  expect(res.status, JSON.stringify(res.body)).toBe(201);
  return { username, id: res.body.id as string, password };
}

describe('login and sessions', () => {
  it('logs in by username or by mobile number, and returns the memberships', async () => {
    const byName = await call('auth.login', { body: { login: 'wang.teacher', password: DEMO_PASSWORD } });
    expect(byName.status).toBe(200);
    expect(byName.body.token.length).toBeGreaterThanOrEqual(22);
    expect((await call('auth.me', { token: byName.body.token })).body.memberships).toEqual([expect.objectContaining({ orgId: 'sd-jn-xxgc', roles: ['teacher'] })]);
    const byPhone = await call('auth.login', { body: { login: '138 0000 0007', password: DEMO_PASSWORD } });
    expect(byPhone.status).toBe(200);
    expect(byPhone.body.token).not.toBe(byName.body.token);
  });

  it('answers a wrong password and an unknown user identically', async () => {
    const wrong = await call('auth.login', { body: { login: 'li.member', password: 'not-the-password' } });
    const unknown = await call('auth.login', { body: { login: 'nobody.here', password: 'not-the-password' } });
    expect(wrong.status).toBe(401);
    expect(unknown.status).toBe(401);
    expect(unknown.body).toEqual(wrong.body);
  });

  it('one person\'s wrong passwords do not put a captcha before colleagues behind the same address', async () => {
    // Fresh accounts: a locked demo login would make other files' logins ask for a captcha.
    const [me, colleague] = await Promise.all([newVerifiedAccount(), newVerifiedAccount()]);
    const ip = randomIp();
    for (let i = 0; i < MAX_FAILURES + 1; i++) {
      const res = await call('auth.login', { body: { login: me.username, password: `wrong-${i}` }, sourceIp: ip });
      expect(res.status).toBe(401);
    }
    const mine = await call('auth.login', { body: { login: me.username, password: me.password }, sourceIp: ip });
    expect(mine.body.error.code).toBe('auth.captcha_required');
    const theirs = await call('auth.login', { body: { login: colleague.username, password: colleague.password }, sourceIp: ip });
    expect(theirs.status).toBe(200);
  });

  it(`requires a captcha after ${IP_MAX_FAILURES} failures from one IP across accounts, and accepts a solved one`, async () => {
    const ip = randomIp();
    for (let batch = 0; batch < IP_MAX_FAILURES; batch += 10) {
      const res = await Promise.all(Array.from({ length: 10 }, (_, i) => call('auth.login', { body: { login: `ghost${batch + i}`, password: 'wrong-password' }, sourceIp: ip })));
      expect(res.map((r) => r.status)).toEqual(Array(10).fill(401));
    }
    const blocked = await call('auth.login', { body: { login: 'li.member', password: DEMO_PASSWORD }, sourceIp: ip });
    expect(blocked.status).toBe(401);
    expect(blocked.body.error).toMatchObject({ code: 'auth.captcha_required', captchaRequired: true });
    const captcha = await call('auth.captcha', { sourceIp: ip });
    expect(captcha.status).toBe(201);
    expect(captcha.body.svg).toContain('<svg');
    expect(captcha.body.svg).not.toContain('<text');
    const wrongAnswer = await call('auth.login', {
      body: { login: 'li.member', password: DEMO_PASSWORD, captchaId: captcha.body.id, captchaAnswer: '00000x' }, sourceIp: ip,
    });
    expect(wrongAnswer.body.error.code).toBe('auth.captcha_invalid');
    await putCaptcha('c-known-answer-test', sha256('12345'), Date.now() + 60_000);
    const solved = await call('auth.login', {
      body: { login: 'li.member', password: DEMO_PASSWORD, captchaId: 'c-known-answer-test', captchaAnswer: '12345' }, sourceIp: ip,
    });
    expect(solved.status).toBe(200);
  });

  it('logout invalidates the session on the server', async () => {
    const login = await call('auth.login', { body: { login: 'li.member', password: DEMO_PASSWORD } });
    const token = login.body.token as string;
    expect((await call('auth.me', { token })).status).toBe(200);
    expect((await call('auth.logout', { token })).status).toBe(204);
    const after = await call('auth.me', { token });
    expect(after.status).toBe(401);
    expect((await call('auth.me', {})).status).toBe(401);
  });

  it('changes a password: wrong current and common passwords are refused with field errors', async () => {
    const t = await newTeacher();
    const token = await loginAs(t.username, t.password);
    const me = await call('auth.me', { token });
    expect(me.body.account.mustChangePassword).toBe(true);
    const blocked = await call('orgs.get', { params: { orgId: 'sd-jn-xxgc' }, token });
    expect(blocked.body.error.code).toBe('auth.password_change_required');
    const wrong = await call('auth.password', { token, body: { current: 'nope-nope-nope', next: 'a-new-passphrase' } });
    expect(wrong.body.error.fields).toEqual({ current: ['password.wrong'] });
    const common = await call('auth.password', { token, body: { current: t.password, next: 'password123' } });
    expect(common.body.error.fields).toEqual({ next: ['password.common'] });
    const changed = await call('auth.password', { token, body: { current: t.password, next: 'a-new-passphrase' } });
    expect(changed.status).toBe(200);
    expect((await call('orgs.get', { params: { orgId: 'sd-jn-xxgc' }, token: changed.body.token })).status).toBe(200);
  });

  it('resets a password with an SMS code sent through the outbox to the sink', async () => {
    // A fresh account: resetting a shared demo account would end other test files' sessions.
    const a = await newVerifiedAccount();
    const phone = a.phone;
    const code = await resetCodeFor(phone);
    const bad = await call('auth.smsReset', { body: { phone, code: '000000' === code ? '111111' : '000000', next: 'reset-by-sms-1' } });
    expect(bad.status).toBe(400);
    const ok = await call('auth.smsReset', { body: { phone, code, next: 'reset-by-sms-1' } });
    expect(ok.status).toBe(204);
    expect((await call('auth.login', { body: { login: a.username, password: 'reset-by-sms-1' } })).status).toBe(200);
    const reused = await call('auth.smsReset', { body: { phone, code, next: 'reset-by-sms-2' } });
    expect(reused.status).toBe(400);
  });

  it('answers a code request for an unknown number exactly like a known one', async () => {
    const res = await call('auth.smsCode', { body: { phone: '13999999999' } });
    expect(res).toMatchObject({ status: 202, body: { sent: true } });
    const invalid = await call('auth.smsCode', { body: { phone: '123' } });
    expect(invalid.body.error.fields.phone).toEqual(['mobile.invalid']);
  });
});
