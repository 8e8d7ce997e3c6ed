/**
 * Reporting-season benchmark: BENCH_GROUPS groups (default 2,000) save their annual form
 * BENCH_SAVES times each (default 5: four partial drafts, then the full form) and submit, all
 * concurrently (BENCH_CONCURRENCY groups in flight, default 100) through the local HTTP
 * gateway; then the province approves every submission. Reports throughput, p50/p99
 * latency, errors, lost writes (every acknowledged submission must be in the table with the
 * data last acknowledged), totals correctness, and DynamoDB requests per save.
 *
 *   npm run bench:reporting
 *
 * Writes bench/results/reporting.json and appends a dated section to BENCHMARKS.md.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { GROUP_ANNUAL_FORM as form } from '@trellis/shared/reporting/group-annual-form';
import { addCounters, contribution, toRegionTotals } from '@trellis/shared/reporting/totals';
import { demoGroupReport } from '../dev/demo-reports';
import { startStack } from '../dev/stack';
import { getOrg } from '../functions/src/adapters/dynamodb/org/org-store';
import { getReport } from '../functions/src/adapters/dynamodb/report/report-store';
import { readMeter, resetMeter } from '../functions/src/adapters/dynamodb/table/request-meter';
import { intEnv, log, runBench, today } from './bench-env';
import { runBounded } from './bounded-pool';
import { gatewayClient, type GatewayCall } from './reporting-http';
import { seedReportingPopulation } from './reporting-seed';
import { median, percentile } from './sample-stats';
import { consoleGrid, markdownGrid } from './text-grid';
import { appendBenchmarks, writeJson } from './write-results';

const ROOT = resolve(import.meta.dirname, '..');
const YEAR = 2030;

/** Save `s` of `saves`: the first ones half-filled (autosave), the last one complete. */
function draftOf(n: number, name: string, s: number, saves: number): Record<string, unknown> {
  const full = demoGroupReport(n, name);
  if (s === saves - 1) return full;
  const keys = Object.keys(full);
  return Object.fromEntries(keys.slice(0, Math.ceil(((s + 1) / saves) * keys.length)).map((k) => [k, full[k]]));
}

async function main(): Promise<void> {
  const groupsN = intEnv('BENCH_GROUPS', 2000);
  const saves = intEnv('BENCH_SAVES', 5);
  const concurrency = intEnv('BENCH_CONCURRENCY', 100);
  const load0 = loadavg()[0] ?? 0;
  const dir = mkdtempSync(join(tmpdir(), 'trellis-bench-reporting-'));
  const stack = await startStack({ dataDir: dir, persistent: false, web: false, quiet: true });
  try {
    const root = await getOrg('cvea');
    if (!root) throw new Error('demo tree missing');
    log(`seeding ${groupsN} groups with an admin and a session each ...`);
    const pop = await seedReportingPopulation(root, { groups: groupsN, cities: 16, tag: Date.now().toString(36) });
    const call: GatewayCall = gatewayClient(stack.apiUrl);
    const login = await fetch(`${stack.apiUrl}/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ login: 'admin', password: 'Trellis-demo-2026' }) });
    const nation = ((await login.json()) as { token: string }).token;
    const opened = await call('reporting.openRound', { token: nation, params: { orgId: pop.province.id }, body: { formId: 'group-annual', year: YEAR, opensOn: '2020-01-01', closesOn: '2099-12-31' } });
    if (opened.status !== 201 || opened.body.expected !== groupsN) throw new Error(`round: ${opened.status} ${JSON.stringify(opened.body)}`);
    const roundId = opened.body.id as string;
    log(`round ${roundId} opened for ${opened.body.expected} groups in ${opened.ms.toFixed(0)} ms`);

    // DynamoDB requests of one save through the gateway, measured alone: a group's first save
    // (session, account, org, path, the write) and its next ones, once the container knows the
    // org's path (session, account, path, the write). A season is mostly next saves.
    const perSave: number[] = [];
    const perFirstSave: number[] = [];
    let byCommand: Record<string, number> = {};
    const version = new Map<string, number>();
    for (const [i, g] of pop.groups.slice(0, 20).entries()) {
      let expectedVersion = 0;
      for (const sample of [perFirstSave, perSave]) {
        resetMeter();
        const r = await call('reporting.save', { token: g.token, params: { orgId: g.org.id, roundId }, body: { expectedVersion, data: { groupName: g.org.name } } });
        if (r.status !== 200) throw new Error(`calibration save: ${r.status} ${JSON.stringify(r.body)}`);
        sample.push(readMeter().requests);
        expectedVersion = r.body.version as number;
      }
      if (i === 19) byCommand = readMeter().byCommand;
      version.set(g.org.id, expectedVersion);
    }
    const ddbRequestsPerSave = median(perSave);
    log(`one save = ${ddbRequestsPerSave} DynamoDB requests (${JSON.stringify(byCommand)}); a group's first save in a container ${median(perFirstSave)}`);

    const saveMs: number[] = [];
    const submitMs: number[] = [];
    const acked = new Map<string, Record<string, unknown>>();
    const submitted = new Set<string>();
    let errors = 0;
    const errorSamples: string[] = [];
    const fail = (what: string, r: { status: number; body: unknown }) => {
      errors += 1;
      if (errorSamples.length < 5) errorSamples.push(`${what}: ${r.status} ${JSON.stringify(r.body).slice(0, 200)}`);
    };
    log(`${groupsN} groups x ${saves} saves + submit, ${concurrency} groups in flight ...`);
    const t0 = performance.now();
    await runBounded(pop.groups, concurrency, async (g, n) => {
      let v = version.get(g.org.id) ?? 0;
      for (let s = 0; s < saves; s++) {
        const data = draftOf(n, g.org.name, s, saves);
        const r = await call('reporting.save', { token: g.token, params: { orgId: g.org.id, roundId }, body: { expectedVersion: v, data } });
        saveMs.push(r.ms);
        if (r.status !== 200) return fail('save', r);
        v = r.body.version as number;
        acked.set(g.org.id, data);
      }
      const r = await call('reporting.submit', { token: g.token, params: { orgId: g.org.id, roundId }, body: { expectedVersion: v } });
      submitMs.push(r.ms);
      if (r.status !== 200) return fail('submit', r);
      submitted.add(g.org.id);
    });
    const saveSeconds = (performance.now() - t0) / 1000;
    const savesPerSec = saveMs.length / saveSeconds;
    log(`${saveMs.length} saves and ${submitMs.length} submits in ${saveSeconds.toFixed(1)} s: ${savesPerSec.toFixed(0)} saves/s`);

    const approveMs: number[] = [];
    const t1 = performance.now();
    await runBounded([...submitted], concurrency, async (orgId) => {
      const r = await call('reporting.approve', { token: pop.provinceToken, params: { orgId, roundId }, body: {} });
      approveMs.push(r.ms);
      if (r.status !== 200) return fail('approve', r);
    });
    const approveSeconds = (performance.now() - t1) / 1000;
    log(`${approveMs.length} approvals in ${approveSeconds.toFixed(1)} s`);

    let lost = 0;
    await runBounded(pop.groups, 50, async (g) => {
      const stored = await getReport(g.org.id, roundId);
      const data = acked.get(g.org.id);
      const wantState = submitted.has(g.org.id) ? 'approved' : 'draft';
      if (data && (!stored || !isDeepStrictEqual(stored.data, data) || stored.state !== wantState)) lost += 1;
    });
    const expected = toRegionTotals(form, [...submitted].reduce((acc, id) => addCounters(acc, contribution(form, acked.get(id) ?? {})), {} as Record<string, number>));
    const got = await call('reporting.totals', { token: pop.provinceToken, params: { orgId: pop.province.id, roundId }, body: undefined });
    const totalsCorrect = got.status === 200 && isDeepStrictEqual(got.body.totals, expected) && expected.reports === submitted.size;

    const result = {
      groups: groupsN, savesPerSec: Math.round(savesPerSec * 10) / 10,
      p50Ms: Math.round(percentile(saveMs, 50) * 10) / 10, p99Ms: Math.round(percentile(saveMs, 99) * 10) / 10,
      errors, lost, totalsCorrect, ddbRequestsPerSave,
    };
    const rows = [
      ['operation', 'count', 'per second', 'p50 ms', 'p99 ms'],
      ['save draft', String(saveMs.length), savesPerSec.toFixed(1), percentile(saveMs, 50).toFixed(1), percentile(saveMs, 99).toFixed(1)],
      ['submit', String(submitMs.length), '', percentile(submitMs, 50).toFixed(1), percentile(submitMs, 99).toFixed(1)],
      ['approve', String(approveMs.length), (approveMs.length / approveSeconds).toFixed(1), percentile(approveMs, 50).toFixed(1), percentile(approveMs, 99).toFixed(1)],
    ];
    console.log(`\n${consoleGrid(rows)}\n`);
    console.log(JSON.stringify(result));
    if (errorSamples.length) console.log(`errors, first ones:\n${errorSamples.join('\n')}`);
    const cpu = cpus();
    const section = [
      `## ${today()} — reporting season, ${groupsN.toLocaleString('en-US')} groups`,
      '',
      `Machine: ${cpu.length} cores (${cpu[0]?.model.trim() ?? 'unknown CPU'}), DynamoDB Local in memory, Node ${process.version}; ` +
        `1-minute load average ${load0.toFixed(1)} at the start, ${(loadavg()[0] ?? 0).toFixed(1)} at the end. ` +
        `Every call goes over HTTP through the local gateway (dev/gateway.ts) to the Lambda handlers (same process as the client). ` +
        `${groupsN} groups, ${saves} saves each (partial drafts, then the full form) and a submit, ${concurrency} groups in flight; then the province approves each submission.`,
      '',
      markdownGrid(rows, [1, 2, 3, 4]),
      '',
      `- Errors: ${errors}. Lost writes: ${lost} (every acknowledged save and submission re-read from the table). Totals ${totalsCorrect ? 'equal' : 'DIFFER from'} the sum over approved reports (read in one BatchGetItem of 8 shards).`,
      `- DynamoDB requests per save: ${ddbRequestsPerSave} (${Object.entries(byCommand).map(([k, v]) => `${v} ${k.replace('Command', '')}`).join(', ')}): session, account and roles, the orgs on the path (access policy), and one conditional UpdateItem; a group's first save in a container also reads the org (${median(perFirstSave)}).`,
      `- Goal >= 200 saves/s with 0 errors: ${savesPerSec >= 200 && errors === 0 ? 'met' : 'NOT met'} (${savesPerSec.toFixed(0)} saves/s).`,
      '',
    ].join('\n');
    writeJson(join(ROOT, 'bench/results/reporting.json'), result);
    appendBenchmarks(join(ROOT, 'BENCHMARKS.md'), section);
    log('wrote bench/results/reporting.json and BENCHMARKS.md');
  } finally {
    await stack.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}

await runBench(main);
