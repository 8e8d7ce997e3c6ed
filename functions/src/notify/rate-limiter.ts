/**
 * Spaces calls at least 1/rate seconds apart across concurrent callers of one worker:
 * each `take()` reserves the next free slot and waits for it.
 */
export function rateLimiter(perSecond: number, clock: () => number = Date.now) {
  const gap = 1000 / perSecond;
  let next = 0;
  return {
    async take(): Promise<void> {
      const now = clock();
      const slot = Math.max(now, next);
      next = slot + gap;
      if (slot > now) await new Promise((resolve) => setTimeout(resolve, slot - now));
    },
  };
}

/** The day an SMS budget counts against: the calendar day in Beijing time. */
export function budgetDay(now = Date.now()): string {
  return new Date(now + 8 * 3_600_000).toISOString().slice(0, 10);
}
