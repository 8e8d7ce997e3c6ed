import { describe, expect, it } from 'vitest';
import { putCaptcha } from '../../functions/src/adapters/dynamodb/captcha/captcha-store';
import { sha256 } from '../../functions/src/security/tokens';
import { call, randomIp } from './api-client';
import { meStatus, newVerifiedAccount, signIn } from './auth-fixture';

/** The number's local part in the spellings the login form accepts. */
function spellings(e164: string): string[] {
  const local = e164.slice(3);
  const spaced = `${local.slice(0, 3)} ${local.slice(3, 7)} ${local.slice(7)}`;
  return [local, spaced, `${local.slice(0, 3)}-${local.slice(3, 7)}-${local.slice(7)}`, `+86 ${spaced}`, `86${local}`, e164];
}

describe('per-account login throttle', () => {
  it('counts every spelling of a phone number as the same login', async () => {
    const a = await newVerifiedAccount();
    const forms = spellings(a.phone);
    for (const login of forms.slice(0, 5)) {
      const res = await call('auth.login', { body: { login, password: 'not-the-password' } });
      expect(res.body.error.code).toBe('auth.invalid_credentials');
    }
    const next = await call('auth.login', { body: { login: forms[5] ?? a.phone, password: a.password } });
    expect(next.status).toBe(401);
    expect(next.body.error).toMatchObject({ code: 'auth.captcha_required', captchaRequired: true });
    const byName = await call('auth.login', { body: { login: a.username.toUpperCase(), password: a.password } });
    expect(byName.status).toBe(200);
  });

  it('lets no more than the limit of parallel wrong attempts reach a password check', async () => {
    const a = await newVerifiedAccount();
    const results = await Promise.all(
      Array.from({ length: 12 }, () => call('auth.login', { body: { login: a.username, password: 'parallel-guess' } })),
    );
    const codes = results.map((r) => r.body.error?.code as string);
    expect(results.every((r) => r.status === 401)).toBe(true);
    expect(codes.filter((c) => c === 'auth.invalid_credentials')).toHaveLength(5);
    expect(codes.filter((c) => c === 'auth.captcha_required')).toHaveLength(7);
    const blocked = await call('auth.login', { body: { login: a.username, password: a.password } });
    expect(blocked.body.error.code).toBe('auth.captcha_required');
    await putCaptcha(`c-throttle-${a.id}`, sha256('24680'), Date.now() + 60_000);
    const solved = await call('auth.login', {
      body: { login: a.username, password: a.password, captchaId: `c-throttle-${a.id}`, captchaAnswer: '24680' },
    });
    expect(solved.status).toBe(200);
  });

  it('does not count successful logins: many in a row from one address need no captcha', async () => {
    const a = await newVerifiedAccount();
    const ip = randomIp();
    for (let i = 0; i < 7; i++) {
      const res = await call('auth.login', { body: { login: a.username, password: a.password }, sourceIp: ip });
      expect(res.status, JSON.stringify(res.body)).toBe(200);
    }
    const wrong = await call('auth.login', { body: { login: a.username, password: 'wrong-once' }, sourceIp: ip });
    expect(wrong.body.error).toMatchObject({ code: 'auth.invalid_credentials', captchaRequired: false });
  });
});

describe('current-password checks when changing the password', () => {
  it('are throttled per account: parallel wrong guesses past the limit are refused unchecked', async () => {
    const a = await newVerifiedAccount();
    const token = await signIn(a.username, a.password);
    const guesses = await Promise.all(
      Array.from({ length: 8 }, (_, i) => call('auth.password', { token, body: { current: `guess-number-${i}`, next: 'a-brand-new-pass' } })),
    );
    const wrong = guesses.filter((r) => r.status === 400);
    expect(wrong).toHaveLength(5);
    expect(wrong[0]?.body.error.fields).toEqual({ current: ['password.wrong'] });
    const refused = guesses.filter((r) => r.status === 429);
    expect(refused).toHaveLength(3);
    expect(refused[0]?.body.error.code).toBe('password.too_many_attempts');
    const right = await call('auth.password', { token, body: { current: a.password, next: 'a-brand-new-pass' } });
    expect(right.status).toBe(429);
    expect(await meStatus(token)).toBe(200);
    expect((await call('auth.login', { body: { login: a.username, password: a.password } })).status).toBe(200);
  });

  it('a right current password is not counted against the account', async () => {
    const a = await newVerifiedAccount();
    let token = await signIn(a.username, a.password);
    let current = a.password;
    for (let i = 0; i < 6; i++) {
      const changed = await call('auth.password', { token, body: { current, next: `rotated-pass-${i}` } });
      expect(changed.status, JSON.stringify(changed.body)).toBe(200);
      token = changed.body.token as string;
      current = `rotated-pass-${i}`;
    }
    expect(await meStatus(token)).toBe(200);
  });
});
