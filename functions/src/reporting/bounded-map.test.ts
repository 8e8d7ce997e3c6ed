import { describe, expect, it } from 'vitest';
import { boundedMap } from './bounded-map';

describe('boundedMap', () => {
  it('never has more than `limit` calls in flight, uses all of them, and keeps the input order', async () => {
    let inFlight = 0;
    let peak = 0;
    const out = await boundedMap(Array.from({ length: 40 }, (_, i) => i), 8, async (n) => {
      inFlight += 1;
      peak = Math.max(peak, inFlight);
      await new Promise((resolve) => setTimeout(resolve, (n * 7) % 5));
      inFlight -= 1;
      return n * 2;
    });
    expect(peak).toBe(8);
    expect(out).toEqual(Array.from({ length: 40 }, (_, i) => i * 2));
  });

  it('handles fewer items than the limit and none at all', async () => {
    expect(await boundedMap([1, 2], 16, async (n) => n + 1)).toEqual([2, 3]);
    expect(await boundedMap([], 16, async (n: number) => n)).toEqual([]);
  });
});
