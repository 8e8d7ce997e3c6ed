import { SCHEDULED_JOBS } from '@trellis/shared/http/scheduled-jobs';
import { loadHandler } from './invoke';

/**
 * Runs the scheduled jobs locally. EventBridge fires them every N minutes in AWS; locally
 * they run every `intervalMs` so scheduled work shows up quickly.
 */
export function startJobRunner(intervalMs = 15_000): { stop(): Promise<void> } {
  let running: Promise<void> = Promise.resolve();
  const tick = () => {
    running = (async () => {
      for (const job of SCHEDULED_JOBS) {
        try {
          const mod = (await loadHandler(job.entry)) as unknown as { handler: () => Promise<unknown> };
          await mod.handler();
        } catch (error) {
          console.error(`[jobs] ${job.id} failed`, error);
        }
      }
    })();
  };
  const timer = setInterval(tick, intervalMs);
  return {
    async stop() {
      clearInterval(timer);
      await running;
    },
  };
}
