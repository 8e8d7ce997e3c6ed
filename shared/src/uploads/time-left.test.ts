import { describe, expect, it } from 'vitest';
import { etaSeconds, formatDuration, type DurationUnit } from './time-left';

const zh = (u: DurationUnit, n: number) => `${n} ${{ h: '小时', min: '分', s: '秒' }[u]}`;
const en = (u: DurationUnit, n: number) => `${n} ${u}`;

describe('time left in words', () => {
  it("reads Uppy's own ETA text back into seconds", () => {
    // As @uppy/core's prettyETA writes 0, 5, 75, 605, 3599, 3900 and 7325 seconds (no seconds from an hour on).
    const written = { '0s': 0, '5s': 5, '1m 15s': 75, '10m 05s': 605, '59m 59s': 3599, '1h 05m': 3900, '2h 02m': 7320 };
    for (const [text, seconds] of Object.entries(written)) expect(etaSeconds(text), text).toBe(seconds);
    expect(etaSeconds('soon')).toBeNull();
    expect(etaSeconds('')).toBeNull();
  });

  it('writes minutes and seconds, or hours and minutes, in the chosen words', () => {
    expect(formatDuration(75, zh)).toBe('1 分 15 秒');
    expect(formatDuration(75, en)).toBe('1 min 15 s');
    expect(formatDuration(9, zh)).toBe('9 秒');
    expect(formatDuration(120, zh)).toBe('2 分');
    expect(formatDuration(3900, zh)).toBe('1 小时 5 分');
    expect(formatDuration(7200, en)).toBe('2 h');
  });
});
