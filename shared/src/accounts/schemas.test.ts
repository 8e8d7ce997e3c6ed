import { describe, expect, it } from 'vitest';
import { mobileSchema, passwordSchema, usernameSchema } from './schemas';

describe('account rules', () => {
  it('needs 8+ characters and refuses common passwords, with no composition rules', () => {
    expect(passwordSchema.safeParse('short').success).toBe(false);
    expect(passwordSchema.safeParse('12345678').error?.issues[0]?.message).toBe('password.common');
    expect(passwordSchema.safeParse('PASSWORD').error?.issues[0]?.message).toBe('password.common');
    expect(passwordSchema.safeParse('correct horse battery').success).toBe(true);
    expect(passwordSchema.safeParse('春眠不觉晓处处闻啼鸟').success).toBe(true);
  });

  it('normalizes mainland mobile numbers to E.164', () => {
    expect(mobileSchema.parse('138 0013 8000')).toBe('+8613800138000');
    expect(mobileSchema.parse('+86 13800138000')).toBe('+8613800138000');
    expect(mobileSchema.safeParse('12800138000').success).toBe(false);
  });

  it('lower-cases usernames and refuses odd characters', () => {
    expect(usernameSchema.parse('Wang.Teacher')).toBe('wang.teacher');
    expect(usernameSchema.safeParse('王老师').success).toBe(false);
  });
});
