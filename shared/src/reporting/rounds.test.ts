import { describe, expect, it } from 'vitest';
import { chinaDay, chinaHour, isReminderTime, REMINDER_HOUR, roundConcerns } from './rounds';

describe('reporting: reminder hour (Beijing time)', () => {
  it('reads the hour in UTC+8 across the UTC day boundary', () => {
    expect(chinaHour(new Date('2026-06-30T16:30:00Z'))).toBe(0);
    expect(chinaDay(new Date('2026-06-30T16:30:00Z'))).toBe('2026-07-01');
    expect(chinaHour(new Date('2026-06-30T23:59:59Z'))).toBe(7);
    expect(chinaHour(new Date('2026-07-01T01:00:00Z'))).toBe(9);
  });

  it('sends no automatic reminders from midnight to 09:00 Beijing time, and does from 09:00 to midnight', () => {
    expect(REMINDER_HOUR).toBe(9);
    expect(isReminderTime(new Date('2026-07-01T00:00:00+08:00'))).toBe(false);
    expect(isReminderTime(new Date('2026-07-01T00:59:00+08:00'))).toBe(false);
    expect(isReminderTime(new Date('2026-07-01T08:59:59+08:00'))).toBe(false);
    expect(isReminderTime(new Date('2026-07-01T09:00:00+08:00'))).toBe(true);
    expect(isReminderTime(new Date('2026-07-01T15:00:00+08:00'))).toBe(true);
    expect(isReminderTime(new Date('2026-07-01T23:59:59+08:00'))).toBe(true);
    // 09:00 Beijing is 01:00 UTC: the same instant, whatever the server's zone.
    expect(isReminderTime(new Date('2026-07-01T01:00:00Z'))).toBe(true);
    expect(isReminderTime(new Date('2026-07-01T00:59:59Z'))).toBe(false);
  });
});

describe('reporting: rounds that concern an org', () => {
  const round = { scopePath: '/n/p1/' };
  it('concerns the scope org, orgs inside the scope and regions containing it, not siblings', () => {
    expect(roundConcerns(round, '/n/p1/')).toBe(true);
    expect(roundConcerns(round, '/n/p1/c1/g1/')).toBe(true);
    expect(roundConcerns(round, '/n/')).toBe(true);
    expect(roundConcerns(round, '/n/p2/')).toBe(false);
    expect(roundConcerns(round, '/n/p10/')).toBe(false);
  });
});

describe('expected reports by region', () => {
  it('counts each org in its national, province and city region, not deeper', async () => {
    const { expectedByRegion, expectedIn } = await import('./rounds');
    const map = expectedByRegion(['/cn/sd/sd-jn/g1/', '/cn/sd/g2/', '/cn/js/g3/']);
    expect(map).toEqual({ cn: 3, sd: 2, 'sd-jn': 1, g2: 1, js: 1, g3: 1 });
    expect(expectedIn({ expected: 3, expectedByRegion: map }, 'sd')).toBe(2);
    expect(expectedIn({ expected: 3, expectedByRegion: map }, 'zj')).toBe(0);
    expect(expectedIn({ expected: 3 }, 'sd')).toBe(3);
  });
});
