import { describe, expect, it } from 'vitest';
import { schoolYear } from './quota';

describe('school year', () => {
  it('starts on 1 September', () => {
    expect(schoolYear(new Date('2026-08-31T12:00:00Z'))).toBe('2025-2026');
    expect(schoolYear(new Date('2026-09-01T00:00:00Z'))).toBe('2026-2027');
    expect(schoolYear(new Date('2027-01-15T00:00:00Z'))).toBe('2026-2027');
  });
});
