/**
 * Notices benchmark: publishes one notice to BENCH_RECIPIENTS people (default 10,000) on the
 * local stack, marks half read, opens the statistics page, reminds the unread by SMS and
 * times the outbox worker. Reports DynamoDB requests per step against the goals (≤ 400 batch
 * writes per 10,000 recipients, ≤ 3 requests for the statistics page).
 *
 *   npx tsx bench/notices.bench.ts
 *
 * Env: BENCH_RECIPIENTS (10000), BENCH_SCHOOLS (40), BENCH_SMS_RATE (SMS_RATE_PER_SECOND for
 * the worker, 50), BENCH_SMS_WAIT (seconds to wait for the reminders to be sent, 240).
 * Writes bench/results/notices.json and appends a dated section to BENCHMARKS.md.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Actor } from '@trellis/shared/access/policy';
import { startStack, type Stack } from '../dev/stack';
import { findAccountIdByLogin } from '../functions/src/adapters/dynamodb/account/account-store';
import { getOrg } from '../functions/src/adapters/dynamodb/org/org-store';
import { config } from '../functions/src/config';
import { measureCall } from './call-meter';
import { markReaders, publishToSubtree, remindAll, statsPage, stepOf } from './notice-phases';
import { benchmarksSection, consoleReport, interpretation, resultsJson, type NoticeRun } from './notices-report';
import { seedRecipients, type RecipientTree } from './seed-recipients';
import { measureSendRate } from './sms-send-rate';
import { appendBenchmarks, writeJson } from './write-results';
import { intEnv, log, runBench, today } from './bench-env';

const ROOT = resolve(import.meta.dirname, '..');
const ADMIN = 'sd.admin';
const READ_CONCURRENCY = 50;
const SEED_CONCURRENCY = 4;
const STATS_ITERATIONS = 10;


async function run(opts: { recipients: number; schools: number; smsWait: number; startedAt: number; loadAtStart: number }): Promise<void> {
  const sd = await getOrg('sd');
  const adminId = await findAccountIdByLogin({ username: ADMIN });
  if (!sd || !adminId) throw new Error('demo org sd or sd.admin missing: was the demo tree seeded?');
  const actor: Actor = { accountId: adminId, accountStatus: 'active', grants: [] };

  log(`seeding a city with ${opts.schools} schools and ${opts.recipients} people under ${sd.name} ...`);
  let tree: RecipientTree | undefined;
  const seedSample = await measureCall(async () => {
    tree = await seedRecipients(sd, {
      people: opts.recipients, schools: opts.schools, concurrency: SEED_CONCURRENCY,
      progress: (done, total) => log(`  ${done}/${total} people`),
    });
  });
  if (!tree) throw new Error('seeding returned nothing');
  const seed = stepOf('seed', `seed ${opts.schools + 1} orgs and ${opts.recipients.toLocaleString('en-US')} people (setup)`, seedSample);
  log(`seeded in ${seed.seconds.toFixed(1)} s`);

  log(`publishing to ${tree.city.name} (${opts.recipients} recipients) ...`);
  const { notice, step: fanout } = await publishToSubtree(actor, sd, tree);
  log(`published ${notice.id} to ${notice.recipientCount} recipients in ${fanout.seconds.toFixed(1)} s, ${fanout.writeRequests} write requests`);
  if (notice.recipientCount !== opts.recipients) throw new Error(`expected ${opts.recipients} recipients, got ${notice.recipientCount}`);

  const readers = tree.people.filter((p) => p.reads);
  log(`marking ${readers.length} deliveries read (${READ_CONCURRENCY} in flight) ...`);
  const { step: markRead, retried } = await markReaders(readers, notice.id, READ_CONCURRENCY);
  log(`marked in ${markRead.seconds.toFixed(1)} s`);

  log('opening the statistics page ...');
  const stats = await statsPage(notice.id, ADMIN, STATS_ITERATIONS);
  log(`statistics: ${stats.direct.requests} request(s) of data access, ${stats.viaRoute.requests} through the route`);

  log('reminding the unread by SMS ...');
  const remind = await remindAll(notice.id);
  log(`queued ${remind.result.sent} reminders for ${remind.result.unread} unread in ${remind.step.seconds.toFixed(1)} s`);

  const unreadWithPhone = tree.people.filter((p) => !p.reads && p.phone);
  const prefix = `rem-${notice.id}-${remind.requestId}-`;
  log(`waiting for the outbox worker to send ${unreadWithPhone.length} SMS (at most ${opts.smsWait} s) ...`);
  const sms = await measureSendRate({
    outboxIds: unreadWithPhone.map((p) => `${prefix}${p.id}`), prefix, sinceIso: remind.startedIso,
    remindEndedAt: remind.endedAt, maxWaitSeconds: opts.smsWait, limitPerSecond: config().SMS_RATE_PER_SECOND, log,
  });

  const result: NoticeRun = {
    date: today(), recipients: notice.recipientCount, schools: opts.schools, readers: readers.length, seed, fanout, markRead,
    markReadRetried: retried, stats, remind: remind.step, reminder: remind.result, sms, smsLimitPerSecond: config().SMS_RATE_PER_SECOND,
    totalSeconds: (Date.now() - opts.startedAt) / 1000, load: [opts.loadAtStart, loadavg()[0] ?? 0],
  };
  console.log(`\nNotices benchmark: ${result.recipients.toLocaleString('en-US')} recipients\n`);
  console.log(consoleReport(result));
  console.log('');
  for (const line of interpretation(result)) console.log(`- ${line}`);
  console.log('');

  const jsonPath = join(ROOT, 'bench', 'results', 'notices.json');
  writeJson(jsonPath, resultsJson(result));
  appendBenchmarks(join(ROOT, 'BENCHMARKS.md'), benchmarksSection(result));
  log(`wrote ${jsonPath} and appended to BENCHMARKS.md`);
}

async function main(): Promise<void> {
  const startedAt = Date.now();
  const loadAtStart = loadavg()[0] ?? 0;
  const recipients = intEnv('BENCH_RECIPIENTS', 10_000);
  const schools = intEnv('BENCH_SCHOOLS', 40);
  const smsWait = intEnv('BENCH_SMS_WAIT', 240);
  // Read lazily by the functions; config() is parsed once, on the first DynamoDB call (the
  // stack's demo seeding), so the worker's rate and budget must be set before the stack starts.
  process.env.TRELLIS_DDB_CAPACITY = '1';
  process.env.TRELLIS_QUIET_LOGS = '1';
  process.env.SMS_RATE_PER_SECOND = String(intEnv('BENCH_SMS_RATE', 50));
  process.env.SMS_DAILY_BUDGET = String(Math.max(100_000, 2 * recipients));

  const dataDir = mkdtempSync(join(tmpdir(), 'trellis-bench-'));
  log('starting the local stack (in-memory DynamoDB Local, s3rver, stream poller; no web) ...');
  let stack: Stack | undefined;
  try {
    stack = await startStack({ dataDir, persistent: false, web: false, quiet: true });
    log(`local stack up (DynamoDB Local ${stack.dynamoEndpoint}) in ${((Date.now() - startedAt) / 1000).toFixed(1)} s`);
    await run({ recipients, schools, smsWait, startedAt, loadAtStart });
  } finally {
    await stack?.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }
  log(`done in ${((Date.now() - startedAt) / 1000).toFixed(0)} s`);
}

await runBench(main);
