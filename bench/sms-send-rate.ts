import { BatchGetCommand, QueryCommand } from '@aws-sdk/lib-dynamodb';
import { keys } from '@trellis/shared/data/keys';
import { ddb, tableName } from '../functions/src/adapters/dynamodb/table/client';
import { readMeter, resetMeter } from '../functions/src/adapters/dynamodb/table/request-meter';

/**
 * How fast the outbox worker sends: on the local stack the stream poller hands new OUTBOX#
 * items to functions/src/notify/outbox-worker.ts in this process, which claims each, takes
 * the org's daily budget, waits for its rate limiter's slot and "sends" through the SMS sink
 * (a PutItem in the SMSSINK partition with the send time). The rate is read from the sink's
 * own timestamps once the messages are in, so the polling interval does not blur it.
 */

export interface SendRate {
  expected: number;
  /** Sink messages of this run's reminders. */
  sent: number;
  complete: boolean;
  /** Seconds from the end of the reminder call to the first SMS (stream backlog + poll interval). */
  lagSeconds: number | null;
  /** First SMS to last: the worker's sustained rate. */
  windowSeconds: number;
  steadyPerSecond: number;
  /** Most SMS in any one-second window. */
  peakPerSecond: number;
  /** Gaps between consecutive SMS longer than 3 send slots (1/limit s): the worker waiting for work. */
  pauses: number;
  pauseSeconds: number;
  /** The sustained rate with those pauses taken out. */
  perSecondWithoutPauses: number;
  /** SMS over the time from the end of the reminder call to the last SMS (lag included). */
  endToEndPerSecond: number;
  waitedSeconds: number;
  /** Outbox items' final status (pending = not reached by the worker yet). */
  statuses: Record<string, number>;
  /** The worker's DynamoDB requests while waiting (its writes; the bench's polls are reads and excluded). */
  workerRequests: number;
  workerByCommand: Record<string, number>;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Send times (ms) of sink messages created at or after `sinceIso` whose id starts with `prefix`. */
async function sinkTimes(sinceIso: string, prefix: string): Promise<number[]> {
  const times: number[] = [];
  let start: Record<string, unknown> | undefined;
  do {
    const res = await ddb().send(
      new QueryCommand({
        TableName: tableName(),
        KeyConditionExpression: 'pk = :p AND sk >= :since',
        FilterExpression: 'begins_with(id, :prefix)',
        ProjectionExpression: 'createdAt',
        ExpressionAttributeValues: { ':p': keys.smsSinkPartition, ':since': sinceIso, ':prefix': prefix },
        ExclusiveStartKey: start,
      }),
    );
    for (const item of res.Items ?? []) times.push(Date.parse(String(item.createdAt)));
    start = res.LastEvaluatedKey;
  } while (start);
  return times.sort((a, b) => a - b);
}

/** The outbox items' status, in BatchGets of 100. */
async function outboxStatuses(ids: string[]): Promise<Record<string, number>> {
  const out: Record<string, number> = {};
  let found = 0;
  for (let i = 0; i < ids.length; i += 100) {
    let pending: Record<string, unknown>[] = ids.slice(i, i + 100).map((id) => keys.outbox(id));
    while (pending.length > 0) {
      const res = await ddb().send(
        new BatchGetCommand({
          RequestItems: {
            [tableName()]: { Keys: pending, ProjectionExpression: '#s', ExpressionAttributeNames: { '#s': 'status' } },
          },
        }),
      );
      for (const item of res.Responses?.[tableName()] ?? []) {
        out[String(item.status)] = (out[String(item.status)] ?? 0) + 1;
        found += 1;
      }
      pending = (res.UnprocessedKeys?.[tableName()]?.Keys ?? []) as Record<string, unknown>[];
    }
  }
  if (found < ids.length) out.missing = ids.length - found;
  return out;
}

function peakPerSecond(times: number[]): number {
  let best = 0;
  let lo = 0;
  for (let hi = 0; hi < times.length; hi++) {
    while ((times[hi] ?? 0) - (times[lo] ?? 0) >= 1000) lo++;
    best = Math.max(best, hi - lo + 1);
  }
  return best;
}

/** Gaps longer than `minMs` between consecutive send times: count and total length (ms). */
function gaps(times: number[], minMs: number): { count: number; ms: number } {
  let count = 0;
  let ms = 0;
  for (let i = 1; i < times.length; i++) {
    const gap = (times[i] ?? 0) - (times[i - 1] ?? 0);
    if (gap > minMs) {
      count += 1;
      ms += gap;
    }
  }
  return { count, ms };
}

const round = (n: number, digits = 1) => Math.round(n * 10 ** digits) / 10 ** digits;

/**
 * Waits (at most `maxWaitSeconds`) until the sink holds `outboxIds.length` messages whose id
 * starts with `prefix`, created since `sinceIso`; then reads their send times and statuses.
 */
export async function measureSendRate(opts: {
  outboxIds: string[];
  prefix: string;
  sinceIso: string;
  /** When the reminder call returned (ms). */
  remindEndedAt: number;
  maxWaitSeconds: number;
  limitPerSecond: number;
  log: (line: string) => void;
}): Promise<SendRate> {
  const expected = opts.outboxIds.length;
  resetMeter();
  const started = Date.now();
  let sent = 0;
  let lastLog = 0;
  while (sent < expected && Date.now() - started < opts.maxWaitSeconds * 1000) {
    await sleep(1000);
    sent = (await sinkTimes(opts.sinceIso, opts.prefix)).length;
    if (Date.now() - lastLog >= 10_000) {
      lastLog = Date.now();
      opts.log(`  ${sent}/${expected} SMS sent after ${((Date.now() - opts.remindEndedAt) / 1000).toFixed(0)} s`);
    }
  }
  const meter = readMeter();
  const waitedSeconds = (Date.now() - started) / 1000;
  const workerByCommand = Object.fromEntries(
    Object.entries(meter.byCommand).filter(([command]) => command !== 'QueryCommand' && command !== 'BatchGetItemCommand'),
  );
  const times = await sinkTimes(opts.sinceIso, opts.prefix);
  const first = times[0];
  const last = times[times.length - 1];
  const windowSeconds = first !== undefined && last !== undefined ? (last - first) / 1000 : 0;
  const paused = gaps(times, 3000 / opts.limitPerSecond);
  const busySeconds = windowSeconds - paused.ms / 1000;
  return {
    expected,
    sent: times.length,
    complete: times.length >= expected,
    lagSeconds: first === undefined ? null : round((first - opts.remindEndedAt) / 1000, 2),
    windowSeconds: round(windowSeconds, 2),
    steadyPerSecond: windowSeconds > 0 ? round((times.length - 1) / windowSeconds) : 0,
    peakPerSecond: peakPerSecond(times),
    pauses: paused.count,
    pauseSeconds: round(paused.ms / 1000, 2),
    perSecondWithoutPauses: busySeconds > 0 ? round((times.length - 1 - paused.count) / busySeconds) : 0,
    endToEndPerSecond: last === undefined ? 0 : round(times.length / Math.max(0.001, (last - opts.remindEndedAt) / 1000)),
    waitedSeconds: round(waitedSeconds),
    statuses: await outboxStatuses(opts.outboxIds),
    workerRequests: Object.values(workerByCommand).reduce((a, b) => a + b, 0),
    workerByCommand,
  };
}
