import { describe, expect, it } from 'vitest';
import { loginKey, parseLogin } from './login-name';

describe('login names', () => {
  it('reads every accepted spelling of a mobile number as its E.164 form', () => {
    for (const spelling of ['13912345678', '139 1234 5678', '139-1234-5678', '+86 139 1234 5678', '8613912345678', ' +8613912345678 ']) {
      expect(parseLogin(spelling)).toEqual({ phone: '+8613912345678' });
      expect(loginKey(spelling)).toBe('+8613912345678');
    }
  });

  it('reads anything else as a lowercased, trimmed username', () => {
    expect(parseLogin('  Wang.Teacher ')).toEqual({ username: 'wang.teacher' });
    expect(loginKey('WANG.TEACHER')).toBe('wang.teacher');
    expect(loginKey('1391234567')).toBe('1391234567');
  });
});
