/**
 * Public site benchmark: an org's home page (/o/<slug>) on the local stack, through the web
 * server (SvelteKit, server-rendered) and straight from the API (public.site through the
 * local gateway): requests per second and median latency under `BENCH_SITES_CONCURRENCY`
 * requests in flight, DynamoDB requests per page view (goal <= 3), and the JavaScript the page
 * ships (goal: none needed to read).
 *
 *   npm run bench:sites
 *
 * Env: BENCH_SITES_SLUG (shandong), BENCH_SITES_REQUESTS (300 per target), BENCH_SITES_CONCURRENCY (8).
 * Prints a table, appends a dated section to BENCHMARKS.md and writes bench/results/sites.json
 * (`{"rps", "medianMs", "ddbRequestsPerView", "jsBytes"}`: the web page's figures).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { startStack } from '../dev/stack';
import { intEnv, log, runBench, today } from './bench-env';
import { javascriptBytes, load, requestsPerView, type LoadResult } from './sites-measure';
import { consoleGrid, markdownGrid } from './text-grid';
import { appendBenchmarks, writeJson } from './write-results';

const ROOT = resolve(import.meta.dirname, '..');

async function main() {
  const slug = process.env.BENCH_SITES_SLUG ?? 'shandong';
  const total = intEnv('BENCH_SITES_REQUESTS', 300);
  const concurrency = intEnv('BENCH_SITES_CONCURRENCY', 8);
  const loadAtStart = loadavg()[0] ?? 0;
  process.env.TRELLIS_QUIET_LOGS = '1';
  const dir = mkdtempSync(join(tmpdir(), 'trellis-sites-bench-'));
  log('starting the local stack (DynamoDB Local, s3rver, gateway, web) with the demo seed ...');
  const stack = await startStack({ dataDir: dir, persistent: false, web: true, quiet: true });
  try {
    if (!stack.webUrl) throw new Error('web server did not start');
    const pageUrl = `${stack.webUrl}/o/${slug}`;
    const apiUrl = `${stack.apiUrl}/public/sites/${slug}`;
    log(`warming up ${pageUrl} ...`);
    for (let i = 0; i < 20; i++) await (await fetch(pageUrl)).arrayBuffer();
    for (let i = 0; i < 20; i++) await (await fetch(apiUrl)).arrayBuffer();
    const pageDdb = await requestsPerView(pageUrl, 30);
    const apiDdb = await requestsPerView(apiUrl, 30);
    const js = await javascriptBytes(pageUrl);
    log(`page: ${js.html} bytes of HTML, ${js.bytes} bytes of JavaScript (${js.files.length} files)`);
    const web = await load(pageUrl, total, concurrency);
    log(`web: ${web.rps} req/s, median ${web.medianMs} ms`);
    const api = await load(apiUrl, total, concurrency);
    log(`api: ${api.rps} req/s, median ${api.medianMs} ms`);

    const rows = [
      ['target', 'req/s', 'median ms', 'p95 ms', 'DynamoDB requests / view', 'JS bytes', 'HTML bytes'],
      row('home page via web server', web, pageDdb, String(js.bytes), String(js.html)),
      row('public.site via API gateway', api, apiDdb, '—', '—'),
    ];
    console.log(`\n${consoleGrid(rows)}\n`);
    const cpu = cpus();
    const section = [
      `## ${today()} — public site home page (/o/${slug})`,
      '',
      `Machine: ${cpu.length} cores (${cpu[0]?.model.trim() ?? 'unknown CPU'}), Node ${process.version}; 1-minute load average ` +
        `${loadAtStart.toFixed(1)} at the start, ${(loadavg()[0] ?? 0).toFixed(1)} at the end. Local stack: DynamoDB Local in memory, ` +
        `the in-process gateway, the production web build (adapter-node, \`dev/web-build.ts\`). ${total} GETs per target, ` +
        `${concurrency} in flight, after 20 warm-up GETs. DynamoDB requests are counted per view with the request meter ` +
        `(median of 30 sequential views; by command: ${fmt(pageDdb.byCommand)}).`,
      '',
      markdownGrid(rows, [1, 2, 3, 4, 5, 6]),
      '',
      `- DynamoDB requests per home view: ${pageDdb.median} (goal <= 3): the slug guard (GetItem), the org chain with the ` +
        'site\'s home projection of latest news, notices and 来自各地 (one BatchGetItem), one page of sub-orgs (Query).',
      `- JavaScript shipped by the page: ${js.bytes} bytes (${js.files.length} files; the public pages set \`csr = false\`).`,
      '- Latency and throughput on a shared 2-core machine vary with its load; the request count does not.',
      '',
    ].join('\n');
    appendBenchmarks(join(ROOT, 'BENCHMARKS.md'), section);
    writeJson(join(ROOT, 'bench/results/sites.json'), { rps: web.rps, medianMs: web.medianMs, ddbRequestsPerView: pageDdb.median, jsBytes: js.bytes });
    log('wrote bench/results/sites.json and appended to BENCHMARKS.md');
  } finally {
    await stack.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}

function fmt(byCommand: Record<string, number>): string {
  return Object.entries(byCommand).map(([k, v]) => `${k.replace(/Command$/, '')} ${v}`).join(', ') || 'none';
}

function row(label: string, r: LoadResult, ddb: { median: number; min: number; max: number }, js: string, html: string): string[] {
  const range = ddb.min === ddb.max ? `${ddb.median}` : `${ddb.median} (${ddb.min}–${ddb.max})`;
  return [label, String(r.rps), String(r.medianMs), String(r.p95Ms), range, js, html];
}

await runBench(main);
