import { cpus, totalmem } from 'node:os';
import type { ReminderResult } from '@trellis/shared/notices/responses';
import type { StatsResult, Step } from './notice-phases';
import { formatBreakdown } from './sample-stats';
import type { SendRate } from './sms-send-rate';
import { consoleGrid, markdownGrid } from './text-grid';

/** The notice benchmark's results: headline figures against the goals, per-step table, reading. */

export interface NoticeRun {
  date: string;
  recipients: number;
  schools: number;
  readers: number;
  seed: Step;
  fanout: Step;
  markRead: Step;
  markReadRetried: number;
  stats: StatsResult;
  remind: Step;
  reminder: ReminderResult;
  sms: SendRate;
  smsLimitPerSecond: number;
  totalSeconds: number;
  load: [number, number];
}

const BATCH = 25;
/** Puts per TransactWriteItems of outbox items (putAbsentBatched). */
const PUTS_PER_TRANSACTION = 100;
/** Issue 13: reminding 2,500 recipients costs at most 150 DynamoDB requests. */
const REMINDER_GOAL = 150;
const n = (v: number) => v.toLocaleString('en-US');
const time = (seconds: number) => (seconds < 1 ? `${(seconds * 1000).toFixed(1)} ms` : `${seconds.toFixed(1)} s`);
const count = (s: Pick<Step, 'byCommand'>, command: string) => s.byCommand[command] ?? 0;

/** bench/results/notices.json: the issue's six keys first, then detail. */
export function resultsJson(r: NoticeRun) {
  return {
    recipients: r.recipients,
    fanoutWriteRequests: r.fanout.writeRequests,
    statsRequests: r.stats.direct.requests,
    fanoutSeconds: Math.round(r.fanout.seconds * 100) / 100,
    smsPerSecond: r.sms.steadyPerSecond,
    smsLimitPerSecond: r.smsLimitPerSecond,
    reminderRequests: r.remind.requests,
    reminderSms: r.reminder.sent,
    date: r.date,
    fanoutBatchWrites: count(r.fanout, 'BatchWriteItemCommand'),
    fanoutRequests: r.fanout.requests,
    fanoutByCommand: r.fanout.byCommand,
    fanoutCapacityUnits: r.fanout.capacityUnits,
    statsRouteRequests: r.stats.viaRoute.requests,
    statsRouteByCommand: r.stats.viaRoute.byCommand,
    statsRouteMedianMs: r.stats.viaRoute.medianMs,
    statsDataAccessMedianMs: r.stats.direct.medianMs,
    statsTotals: r.stats.stats.totals,
    markRead: { count: r.readers, seconds: round(r.markRead.seconds), requests: r.markRead.requests, byCommand: r.markRead.byCommand, retried: r.markReadRetried },
    remind: { ...r.reminder, seconds: round(r.remind.seconds), writeRequests: r.remind.writeRequests, requests: r.remind.requests, byCommand: r.remind.byCommand },
    sms: r.sms,
  };
}

const round = (v: number) => Math.round(v * 10) / 10;

function statsStep(id: string, label: string, s: StatsResult['viaRoute']): Step {
  return {
    id, label, seconds: s.medianMs / 1000, requests: s.requests, writeRequests: 0, byCommand: s.byCommand,
    capacityUnits: s.capacityUnits, background: s.backgroundSamples, failed: s.failedRequests,
  };
}

function smsStep(r: NoticeRun): Step {
  return {
    id: 'sms', label: `outbox worker: ${n(r.sms.sent)} of ${n(r.sms.expected)} reminder SMS (first to last)`,
    seconds: r.sms.windowSeconds, requests: r.sms.workerRequests, writeRequests: r.sms.workerRequests,
    byCommand: r.sms.workerByCommand, capacityUnits: 0, background: 0, failed: 0,
  };
}

const HEADERS = ['Step', 'Time', 'DDB requests', 'Writes', 'By command', 'Capacity units'];

function rows(r: NoticeRun): string[][] {
  const steps: Step[] = [
    r.seed, r.fanout, r.markRead,
    statsStep('statsRoute', `statistics page: notices.get as sd.admin (median of ${r.stats.viaRoute.iterations})`, r.stats.viaRoute),
    statsStep('statsData', `statistics data access alone: getNoticeWithStats (median of ${r.stats.direct.iterations})`, r.stats.direct),
    r.remind, smsStep(r),
  ];
  return steps.map((s) => [
    s.label, time(s.seconds), n(s.requests), n(s.writeRequests), formatBreakdown(s.byCommand),
    s.id === 'sms' ? '—' : String(Math.round(s.capacityUnits * 10) / 10),
  ]);
}

function headline(r: NoticeRun): string[][] {
  const batches = count(r.fanout, 'BatchWriteItemCommand');
  const goalBatches = Math.ceil(r.recipients / BATCH);
  return [
    ['Metric', 'Result', 'Goal'],
    ['recipients', n(r.recipients), ''],
    ['fanoutWriteRequests', `${n(r.fanout.writeRequests)} (${n(batches)} BatchWriteItem)`, `≤ ${n(goalBatches)} batch writes (400 for 10,000)`],
    ['statsRequests', `${r.stats.direct.requests} (route total ${r.stats.viaRoute.requests})`, '≤ 3, independent of recipients'],
    ['fanoutSeconds', r.fanout.seconds.toFixed(1), ''],
    ['smsPerSecond', `${r.sms.steadyPerSecond} (peak ${r.sms.peakPerSecond} in 1 s)`, `limit ${r.smsLimitPerSecond}/s`],
    ['reminderRequests', `${n(r.remind.requests)} for ${n(r.reminder.sent)} SMS (reminderSms)`, `≤ ${REMINDER_GOAL} for 2,500 SMS`],
  ];
}

export function consoleReport(r: NoticeRun): string {
  return `${consoleGrid(headline(r))}\n\n${consoleGrid([HEADERS, ...rows(r)])}`;
}

const OTHER_WRITES: Record<string, string> = {
  TransactWriteItemsCommand: 'the notice with its request-id guard',
  PutItemCommand: 'the totals shard with the org labels',
  UpdateItemCommand: 'the status move publishing → published',
};

/** A short reading of the figures, each checked against what the code should do. */
export function interpretation(r: NoticeRun): string[] {
  const out: string[] = [];
  const batches = count(r.fanout, 'BatchWriteItemCommand');
  const expected = Math.ceil(r.recipients / BATCH);
  const others = Object.entries(r.fanout.byCommand).filter(([c]) => c !== 'BatchWriteItemCommand' && OTHER_WRITES[c]);
  const otherText = others.map(([c, k]) => `${k} ${c.replace(/Command$/, '')} (${OTHER_WRITES[c] ?? ''})`).join(', ');
  out.push(
    batches <= expected
      ? `Fan-out: ${n(batches)} BatchWriteItem for ${n(r.recipients)} deliveries (⌈${n(r.recipients)} / 25⌉ = ${n(expected)}), so the goal of ≤ 400 batch writes per 10,000 is met. ` +
          `All write requests: ${n(r.fanout.writeRequests)}; besides the batches, ${otherText || 'none'} — a constant ${r.fanout.writeRequests - batches}, whatever the recipient count.`
      : `Fan-out: UNEXPECTED — ${n(batches)} BatchWriteItem for ${n(r.recipients)} deliveries, ${n(batches - expected)} more than ⌈n / 25⌉ = ${n(expected)}: ` +
          'putAll re-sent unprocessed items (or more items than deliveries were written).',
  );
  const reads = Object.fromEntries(Object.entries(r.fanout.byCommand).filter(([c]) => !OTHER_WRITES[c] && c !== 'BatchWriteItemCommand'));
  out.push(
    `Fan-out reads: ${formatBreakdown(reads)} — the memberships under the sender (GSI2 Query, 1 MB pages), the accounts ` +
      `in BatchGets of 100 (⌈${n(r.recipients)} / 100⌉ = ${n(Math.ceil(r.recipients / 100))}), the orgs on the way down, and the request-id lookup. ` +
      `The whole publish took ${r.fanout.seconds.toFixed(1)} s (${n(Math.round(r.recipients / r.fanout.seconds))} deliveries/s): the batches are written one after another, inside the \`notices.create\` request.`,
  );
  const q = count(r.stats.direct, 'QueryCommand');
  out.push(
    q === 1 && r.stats.direct.requests === 1 && r.stats.direct.requestsMax === 1
      ? `Statistics: getNoticeWithStats makes exactly 1 Query (the notice, its totals item and its counter shards share one partition), whatever the recipient count; ` +
          `through the route the page costs ${r.stats.viaRoute.requests} requests, the other ${r.stats.viaRoute.requests - 1} being the session/policy middleware (${formatBreakdown(r.stats.viaRoute.byCommand)}). Goal ≤ 3 met by the data access.`
      : `Statistics: UNEXPECTED — getNoticeWithStats made ${formatBreakdown(r.stats.direct.byCommand)} (range ${r.stats.direct.requestsMin}–${r.stats.direct.requestsMax}).`,
  );
  const t = r.stats.stats.totals;
  out.push(
    `The page showed ${n(t.total)} recipients, ${n(t.read)} read (${r.readers === t.read && r.recipients === t.total ? 'matching' : 'NOT matching'} the ${n(r.readers)} marked), ` +
      `over ${r.stats.stats.byOrg.length} org rows and ${r.stats.stats.byRole.length} role rows.`,
  );
  out.push(
    `Marking ${n(r.readers)} read took ${r.markRead.seconds.toFixed(1)} s (${formatBreakdown(r.markRead.byCommand)}; ` +
      `${r.markReadRetried} calls retried after conflicting on a counter shard).`,
  );
  const remindWrites = count(r.remind, 'TransactWriteItemsCommand');
  const pages = count(r.remind, 'QueryCommand');
  const chunks = Math.ceil(r.reminder.sent / PUTS_PER_TRANSACTION);
  const accountGets = Math.ceil(r.reminder.unread / 100);
  out.push(
    `Reminder: ${n(r.reminder.sent)} outbox items for ${n(r.reminder.unread)} unread (${n(r.reminder.withoutPhone)} without a verified phone) in ` +
      `${n(remindWrites)} TransactWriteItems of up to 100 conditional Puts (⌈${n(r.reminder.sent)} / 100⌉ = ${n(chunks)}; a Put never overwrites an item that appeared after the check) ` +
      `and ${count(r.remind, 'PutItemCommand')} PutItem (the request-id guard and its result); ${r.remind.seconds.toFixed(1)} s; ${n(r.remind.requests)} requests in all ` +
      `(${r.remind.requests <= REMINDER_GOAL ? 'within' : 'OVER'} the goal of ≤ ${REMINDER_GOAL} for 2,500 SMS). ` +
      `The ${count(r.remind, 'BatchGetItemCommand')} BatchGetItem are the unread people's accounts (⌈${n(r.reminder.unread)} / 100⌉ = ${accountGets}) and the existence check ` +
      `of the outbox keys (⌈${n(r.reminder.sent)} / 100⌉ = ${chunks}). Listing the unread took ${pages} Query pages of up to 500 on the sparse unread index ` +
      `(⌈${n(r.reminder.unread)} / 500⌉ = ${Math.ceil(r.reminder.unread / 500)}, one more when the last page is full), read deliveries not included.`,
  );
  const s = r.sms;
  const status = Object.entries(s.statuses).map(([k, v]) => `${n(v)} ${k}`).join(', ');
  out.push(
    `SMS: the worker sent ${s.steadyPerSecond}/s sustained (${n(s.sent)} in ${s.windowSeconds.toFixed(1)} s, first to last; at most ${s.peakPerSecond} in any second) ` +
      `against its limit of ${r.smsLimitPerSecond}/s (${Math.round((100 * s.steadyPerSecond) / r.smsLimitPerSecond)}%); the limiter reserves slots ` +
      `${(1000 / r.smsLimitPerSecond).toFixed(0)} ms apart, and a one-second window holds more than ${r.smsLimitPerSecond} only when late timers bunch sends together. ` +
      `Sending paused ${s.pauses} times (gaps over 3 send slots, ${s.pauseSeconds.toFixed(1)} s in all); without those gaps it ran at ${s.perSecondWithoutPauses}/s. ` +
      'The gaps are the local stream poller: it hands the worker at most 100 stream records per GetRecords, waits for the batch to be sent and sleeps 300 ms ' +
      'before the next poll, and the limiter does not bank the unused slots. ' +
      `The first SMS left ${s.lagSeconds === null ? '—' : s.lagSeconds.toFixed(1)} s after the reminder call returned${(s.lagSeconds ?? 0) > 10 ? ' (the poller reads the stream in order, so it first works through the records the seeding, the fan-out and the reads left behind)' : ''}; ` +
      `end to end ${s.endToEndPerSecond}/s. Outbox items at the end: ${status}` +
      `${s.complete ? '' : ` — not all sent within the ${s.waitedSeconds.toFixed(0)} s wait, the rate is over that window`}. ` +
      `Each SMS costs the worker ${s.sent ? (s.workerRequests / s.sent).toFixed(1) : '—'} write requests (claim, daily budget, sink, finish: ${formatBreakdown(s.workerByCommand)}).`,
  );
  out.push(
    'Times are DynamoDB Local (a single-process Java emulator) on this machine with the stream poller running in the same process: compare them between runs, not with DynamoDB. ' +
      'Request counts transfer to AWS.',
  );
  return out;
}

export function benchmarksSection(r: NoticeRun): string {
  const cpu = cpus();
  const machine =
    `${cpu.length} cores (${cpu[0]?.model.trim() ?? 'unknown CPU'}), ${Math.round(totalmem() / 2 ** 30)} GiB RAM, ` +
    `DynamoDB Local in-memory, Node ${process.versions.node}, ${process.platform}/${process.arch}`;
  return [
    `## ${r.date} — notices, ${n(r.recipients)} recipients`,
    '',
    `Measured by \`npx tsx bench/notices.bench.ts\` (\`BENCH_RECIPIENTS\`, default 10,000) on the local stack without web. It creates a city ` +
      `association under 山东省职业技术教育学会 with ${r.schools} schools and ${n(r.recipients)} people there (half with a verified phone), publishes one ` +
      'notice from 山东省职业技术教育学会 to the city subtree (`composeNotice`, no SMS), marks half the deliveries read (`markRead`), opens the statistics ' +
      'page (`notices.get` as sd.admin, and `getNoticeWithStats` alone), reminds the unread by SMS (`remindUnread`) and times the stream worker sending ' +
      `the reminders through the SMS sink with \`SMS_RATE_PER_SECOND=${r.smsLimitPerSecond}\`. Requests are counted per step with the functions' request meter.`,
    '',
    `Machine: ${machine}; 1-minute load average ${r.load[0].toFixed(1)} at the start, ${r.load[1].toFixed(1)} at the end; the whole run ${r.totalSeconds.toFixed(0)} s.`,
    '',
    markdownGrid(headline(r), []),
    '',
    markdownGrid([HEADERS, ...rows(r)], [1, 2, 3, 5]),
    '',
    ...interpretation(r).map((line) => `- ${line}`),
    '',
  ].join('\n');
}
