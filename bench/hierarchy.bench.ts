/**
 * Hierarchy benchmark: seeds BENCH_ORGS orgs (default 10,000) on the local stack and reports,
 * per operation, DynamoDB requests, consumed capacity and latency. `npm run bench`.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { startStack, type Stack } from '../dev/stack';
import { getOrg } from '../functions/src/adapters/dynamodb/org/org-store';
import { measureOperations } from './operations';
import { consoleTable } from './report-table';
import { seedTree } from './seed-hierarchy';
import { appendBenchmarks, benchmarksSection, resultsJson, writeJson } from './write-results';
import { interpretation } from './interpretation';
import { intEnv, log, runBench, today } from './bench-env';

const ROOT = resolve(import.meta.dirname, '..');
const SEED_CONCURRENCY = 16;


async function run(stack: Stack, orgs: number, iterations: number, startedAt: number, loadAtStart: number): Promise<void> {
  log(`local stack up (DynamoDB Local ${stack.dynamoEndpoint}) in ${((Date.now() - startedAt) / 1000).toFixed(1)} s`);
  const root = await getOrg('sd');
  if (!root) throw new Error('demo org sd missing: was the demo tree seeded?');

  const seedStart = Date.now();
  log(`seeding ${orgs} orgs under ${root.name} (${SEED_CONCURRENCY} transactions in flight) ...`);
  const tree = await seedTree(root, orgs, {
    concurrency: SEED_CONCURRENCY,
    progress: (done, total) => {
      const rate = done / ((Date.now() - seedStart) / 1000);
      log(`  seeded ${done}/${total} orgs (${rate.toFixed(0)}/s)`);
    },
  });
  const seedSeconds = (Date.now() - seedStart) / 1000;
  log(`seeded ${tree.associations.length} associations and ${tree.total - tree.associations.length} schools in ${seedSeconds.toFixed(1)} s`);

  const results = await measureOperations(tree, iterations, log);

  console.log(`\nHierarchy benchmark: ${tree.total} orgs, ${iterations} iterations per operation\n`);
  console.log(consoleTable(results));
  console.log('');
  for (const line of interpretation(results)) console.log(`- ${line}`);
  console.log('');

  const jsonPath = join(ROOT, 'bench', 'results', 'hierarchy.json');
  writeJson(jsonPath, resultsJson(tree.total, results));
  const section = benchmarksSection(
    {
      date: today(), orgs: tree.total, iterations, seedSeconds,
      totalSeconds: (Date.now() - startedAt) / 1000, node: process.versions.node, load: [loadAtStart, loadavg()[0] ?? 0],
    },
    results,
  );
  appendBenchmarks(join(ROOT, 'BENCHMARKS.md'), section);
  log(`wrote ${jsonPath} and appended to BENCHMARKS.md`);
}

async function main(): Promise<void> {
  const startedAt = Date.now();
  const loadAtStart = loadavg()[0] ?? 0;
  const orgs = intEnv('BENCH_ORGS', 10_000);
  const iterations = intEnv('BENCH_ITER', 50);
  // Read lazily by the functions: set before their first call.
  process.env.TRELLIS_DDB_CAPACITY = '1';
  process.env.TRELLIS_QUIET_LOGS = '1';

  const dataDir = mkdtempSync(join(tmpdir(), 'trellis-bench-'));
  log('starting the local stack (in-memory DynamoDB Local, s3rver; seeding the demo tree) ...');
  let stack: Stack | undefined;
  try {
    stack = await startStack({ dataDir, persistent: false, web: false, quiet: true });
    await run(stack, orgs, iterations, startedAt, loadAtStart);
  } finally {
    await stack?.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }
  log(`done in ${((Date.now() - startedAt) / 1000).toFixed(0)} s`);
}

await runBench(main);
