import { describe, expect, it } from 'vitest';
import { schoolYear } from './quota';

describe('school year (1 September to 31 August, Asia/Shanghai = UTC+8)', () => {
  it('turns at midnight of 1 September in China, not in UTC', () => {
    expect(schoolYear(new Date('2026-08-31T15:59:59Z'))).toBe('2025-2026'); // 31 Aug 23:59:59 in Shanghai
    expect(schoolYear(new Date('2026-08-31T16:00:00Z'))).toBe('2026-2027'); // 1 Sept 00:00 in Shanghai
    expect(schoolYear(new Date('2026-08-31T22:00:00Z'))).toBe('2026-2027'); // 1 Sept 06:00 in Shanghai
  });

  it('stays in the year until the last moment of 31 August China time', () => {
    expect(schoolYear(new Date('2027-08-31T12:00:00Z'))).toBe('2026-2027');
    expect(schoolYear(new Date('2027-01-15T00:00:00Z'))).toBe('2026-2027');
    expect(schoolYear(new Date('2026-12-31T17:00:00Z'))).toBe('2026-2027'); // 1 Jan 01:00 in Shanghai
  });
});
