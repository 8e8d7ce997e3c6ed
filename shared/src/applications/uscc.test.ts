import { describe, expect, it } from 'vitest';
import { usccSchema } from './uscc';
import { isValidUscc, usccCheckChar } from './uscc-check';

describe('unified social credit code', () => {
  it('accepts a published example and rejects a changed check character', () => {
    expect(isValidUscc('91350100M000100Y43')).toBe(true);
    expect(isValidUscc('91350100M000100Y44')).toBe(false);
  });

  it('rejects letters outside the alphabet and wrong lengths', () => {
    expect(isValidUscc('91350100M000100O43')).toBe(false);
    expect(isValidUscc('91350100M000100Y4')).toBe(false);
  });

  it('computes the check character that makes a code valid', () => {
    const first17 = '52370000123456789';
    expect(isValidUscc(first17 + usccCheckChar(first17))).toBe(true);
  });

  it('reports length and checksum errors with message codes', () => {
    expect(usccSchema.safeParse('123').error?.issues[0]?.message).toBe('code.length');
    expect(usccSchema.safeParse('91350100M000100Y44').error?.issues[0]?.message).toBe('code.checksum');
    expect(usccSchema.parse(' 91350100m000100y43 ')).toBe('91350100M000100Y43');
  });
});
