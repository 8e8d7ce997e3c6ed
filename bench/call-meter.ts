import { AsyncLocalStorage } from 'node:async_hooks';
import { performance } from 'node:perf_hooks';
import { ddb } from '../functions/src/adapters/dynamodb/table/client';
import { readMeter, resetMeter } from '../functions/src/adapters/dynamodb/table/request-meter';

/**
 * Measures one call: latency, and the DynamoDB requests and consumed capacity it caused,
 * read from the functions' request meter (reset before, read after).
 *
 * The meter is process-wide, and the local stack's stream poller runs the outbox worker in
 * this same process (approvals queue an SMS), so its requests can land inside a measured
 * call. Each request is therefore also attributed to its caller with AsyncLocalStorage; when
 * the meter saw more than the call made, the call's own tally is used and the sample is
 * marked `background > 0`.
 */
export interface CallSample {
  ms: number;
  requests: number;
  byCommand: Record<string, number>;
  capacityUnits: number;
  /** Consumed capacity by command (from the call's own attribution). */
  capacityByCommand: Record<string, number>;
  /** Requests the meter saw during the call that other work in the process made. */
  background: number;
  /** Requests of the call that failed (the meter counts only successes), e.g. a retried transaction. */
  failed: number;
}

interface Tally {
  requests: number;
  failed: number;
  byCommand: Record<string, number>;
  capacityUnits: number;
  capacityByCommand: Record<string, number>;
}

const current = new AsyncLocalStorage<Tally>();
let installed = false;

function unitsOf(consumed: unknown): number {
  const list: unknown[] = Array.isArray(consumed) ? consumed : consumed ? [consumed] : [];
  return list.reduce<number>((sum, c) => sum + ((c as { CapacityUnits?: number }).CapacityUnits ?? 0), 0);
}

function installAttribution(): void {
  if (installed) return;
  installed = true;
  ddb().middlewareStack.add(
    (next, context) => async (args) => {
      const tally = current.getStore();
      if (!tally) return next(args);
      try {
        const result = await next(args);
        const command = String(context.commandName);
        tally.requests += 1;
        tally.byCommand[command] = (tally.byCommand[command] ?? 0) + 1;
        const units = unitsOf((result.output as { ConsumedCapacity?: unknown }).ConsumedCapacity);
        tally.capacityUnits += units;
        tally.capacityByCommand[command] = (tally.capacityByCommand[command] ?? 0) + units;
        return result;
      } catch (error) {
        tally.failed += 1;
        throw error;
      }
    },
    { step: 'initialize', name: 'benchCallAttribution' },
  );
}

export async function measureCall(fn: () => Promise<unknown>): Promise<CallSample> {
  installAttribution();
  const tally: Tally = { requests: 0, failed: 0, byCommand: {}, capacityUnits: 0, capacityByCommand: {} };
  resetMeter();
  const started = performance.now();
  await current.run(tally, fn);
  const ms = performance.now() - started;
  const meter = readMeter();
  const background = meter.requests - tally.requests;
  const own = background === 0 ? meter : tally;
  return {
    ms,
    requests: own.requests,
    byCommand: own.byCommand,
    capacityUnits: own.capacityUnits,
    capacityByCommand: tally.capacityByCommand,
    background,
    failed: tally.failed,
  };
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Waits until this process has made no DynamoDB request for `quietMs` (at most `maxMs`), so
 * the stream worker's follow-up work (an approval's SMS) is done before the next call is
 * timed: in AWS that worker is another Lambda and does not compete with the API for CPU.
 */
export async function settle(quietMs = 600, maxMs = 5000): Promise<void> {
  const deadline = Date.now() + maxMs;
  resetMeter();
  let seen = 0;
  let since = Date.now();
  while (Date.now() < deadline) {
    await sleep(50);
    const now = readMeter().requests;
    if (now !== seen) {
      seen = now;
      since = Date.now();
    } else if (Date.now() - since >= quietMs) {
      return;
    }
  }
}
