import { appendFileSync, existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { dirname } from 'node:path';
import { interpretation } from './interpretation';
import type { OperationResult } from './operations';
import { markdownTable } from './report-table';
import type { Summary } from './sample-stats';

/** bench/results/hierarchy.json: `{"orgs": N, "ops": {"<operation>": {"ddbRequests", "consumedCapacity", "medianMs", ...}}}`. */
export function resultsJson(orgs: number, results: OperationResult[]) {
  const detail = (s: Summary) => ({
    p95Ms: s.p95Ms,
    byCommand: s.byCommand,
    capacityByCommand: s.capacityByCommand,
    requestsRange: [s.requestsMin, s.requestsMax],
    iterations: s.iterations,
  });
  const ops = Object.fromEntries(
    results.map((r) => [
      r.id,
      {
        ddbRequests: r.viaRoute.requests,
        consumedCapacity: r.viaRoute.capacityUnits,
        medianMs: r.viaRoute.medianMs,
        route: r.route,
        adapterRequests: r.viaDirect.requests,
        ...detail(r.viaRoute),
        ...(r.items === undefined ? {} : { items: r.items }),
        dataAccess: {
          call: r.direct,
          ddbRequests: r.viaDirect.requests,
          consumedCapacity: r.viaDirect.capacityUnits,
          medianMs: r.viaDirect.medianMs,
          ...detail(r.viaDirect),
        },
      },
    ]),
  );
  return { orgs, ops };
}

export function writeJson(path: string, value: unknown): void {
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, `${JSON.stringify(value, null, 2)}\n`);
}

const PREAMBLE = `# Benchmarks

Measured by \`npm run bench\` (\`bench/hierarchy.bench.ts\`) on the local stack: DynamoDB Local in memory,
s3rver, and the Lambda handlers invoked in-process with API Gateway v2 events (\`dev/invoke.ts\`), so route
figures include the middleware (session lookup, access policy). It seeds \`BENCH_ORGS\` organizations
(default 10,000: 100 county associations with 99 schools each under 山东省职业技术教育学会) and times
\`BENCH_ITER\` sequential calls per operation (default 50) after 2 warm-up calls.

Per call it counts DynamoDB requests by command and the consumed capacity (\`ReturnConsumedCapacity=TOTAL\`,
\`TRELLIS_DDB_CAPACITY=1\`) with the functions' request meter, and reports medians. "Data access alone" calls
the adapter or use case directly (no authentication, no access policy). The latest figures are also in
\`bench/results/hierarchy.json\`; each run appends a dated section below.
`;

export interface RunInfo {
  date: string;
  orgs: number;
  iterations: number;
  seedSeconds: number;
  totalSeconds: number;
  node: string;
  /** 1-minute load average when the run started and ended: other work on the machine skews latency. */
  load: [number, number];
}

export function benchmarksSection(run: RunInfo, results: OperationResult[]): string {
  const cpu = cpus();
  const machine =
    `${cpu.length} cores (${cpu[0]?.model.trim() ?? 'unknown CPU'}), ${Math.round(totalmem() / 2 ** 30)} GiB RAM, ` +
    `DynamoDB Local in-memory (Java, -Xmx1g), Node ${run.node}, ${process.platform}/${process.arch}`;
  return [
    `## ${run.date} — hierarchy, ${run.orgs.toLocaleString('en-US')} orgs`,
    '',
    `Machine: ${machine}; 1-minute load average ${run.load[0].toFixed(1)} at the start, ${run.load[1].toFixed(1)} at the end. ` +
      `${run.iterations} iterations per operation; seeding took ${run.seedSeconds.toFixed(0)} s, ` +
      `the whole run ${run.totalSeconds.toFixed(0)} s. Latency and capacity are medians per call; route columns go ` +
      'through the Lambda handler and its middleware, "data access alone" calls the function named directly.',
    '',
    ...results.map((r) => `- \`${r.id}\`: ${r.label}; data access alone: \`${r.direct}\`.`),
    '',
    markdownTable(results),
    '',
    ...interpretation(results).map((line) => `- ${line}`),
    '',
  ].join('\n');
}

export function appendBenchmarks(path: string, section: string): void {
  if (!existsSync(path)) writeFileSync(path, PREAMBLE);
  appendFileSync(path, `\n${section}`);
}
