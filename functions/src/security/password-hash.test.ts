import { describe, expect, it } from 'vitest';
import { hashPassword, verifyPassword } from './password-hash';

describe('password hashing (scrypt)', () => {
  it('verifies the right password, refuses a wrong one, salts every hash', async () => {
    process.env.PASSWORD_SCRYPT_LOG2N = '10';
    const a = await hashPassword('春眠不觉晓 correct horse');
    const b = await hashPassword('春眠不觉晓 correct horse');
    expect(a).toMatch(/^scrypt\$10\$8\$1\$/);
    expect(a).not.toBe(b);
    expect(await verifyPassword('春眠不觉晓 correct horse', a)).toBe(true);
    expect(await verifyPassword('春眠不觉晓 correct horsE', a)).toBe(false);
    expect(await verifyPassword('x', 'md5$abc')).toBe(false);
  });

  it('uses the OWASP cost (N = 2^17) unless told otherwise', async () => {
    delete process.env.PASSWORD_SCRYPT_LOG2N;
    expect(await hashPassword('a long passphrase')).toMatch(/^scrypt\$17\$8\$1\$/);
  });
});
