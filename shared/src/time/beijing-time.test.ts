import { describe, expect, it } from 'vitest';
import { beijingDateTime } from './beijing-time';

describe('beijingDateTime', () => {
  it('writes an instant in Beijing time, across the UTC day boundary', () => {
    expect(beijingDateTime('2039-07-01T16:05:00.000Z')).toBe('2039-07-02 00:05');
    expect(beijingDateTime('2026-12-03T01:30:59Z')).toBe('2026-12-03 09:30');
    expect(beijingDateTime(null)).toBe('');
    expect(beijingDateTime('not a time')).toBe('not a time');
  });
});
