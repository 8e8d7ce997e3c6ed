import { describe, expect, it } from 'vitest';
import { addDays, addHours, atExpression, isTimeZone, parseLocalDate, toInstant } from '../lib/season-clock';

describe('season clock: local wall-clock times for scheduled actions', () => {
  it('parses real calendar dates only', () => {
    expect(parseLocalDate('2027-04-01')).toBe(Date.UTC(2027, 3, 1));
    expect(parseLocalDate('2028-02-29')).toBe(Date.UTC(2028, 1, 29));
    for (const bad of ['2027-02-29', '2027-13-01', '2027-4-1', '01/04/2027', '']) expect(parseLocalDate(bad), bad).toBeUndefined();
  });

  it('writes at() expressions in local time, shifted by hours and days', () => {
    const opens = parseLocalDate('2027-04-01')!;
    expect(atExpression(addHours(opens, -12))).toBe('at(2027-03-31T12:00:00)');
    expect(atExpression(addHours(addDays(parseLocalDate('2027-07-15')!, 1), 72))).toBe('at(2027-07-19T00:00:00)');
  });

  it('converts a local time to the real instant in its zone', () => {
    // Beijing is UTC+8 all year: midnight on 1 April is 16:00 UTC the day before.
    expect(toInstant(parseLocalDate('2027-04-01')!, 'Asia/Shanghai')).toBe(Date.UTC(2027, 2, 31, 16));
    // New York: UTC-5 in January, UTC-4 in July (daylight saving).
    expect(toInstant(parseLocalDate('2027-01-15')!, 'America/New_York')).toBe(Date.UTC(2027, 0, 15, 5));
    expect(toInstant(parseLocalDate('2027-07-15')!, 'America/New_York')).toBe(Date.UTC(2027, 6, 15, 4));
    expect(toInstant(parseLocalDate('2027-07-15')!, 'UTC')).toBe(Date.UTC(2027, 6, 15));
  });

  it('knows IANA zones', () => {
    expect(isTimeZone('Asia/Shanghai')).toBe(true);
    expect(isTimeZone('Asia/Beijing')).toBe(false);
  });
});
