/**
 * Page costs: for the seeded demo, signed in as sd.admin, each page's DynamoDB requests and API
 * calls per view (the local gateway's meter, dev/gateway-meter.ts, counts only what serving the
 * web's API calls costs), and the JavaScript Debian's Chromium loads for it (decoded bytes), on the
 * production web build.
 *
 *   npm run bench:pages
 *
 * Each page is viewed once to warm the containers (the org path cache, the session guess), then
 * measured on a second view. Prints a table, appends a dated section to BENCHMARKS.md and writes
 * bench/results/pages.json as {"pages": {"<path>": {"ddbRequests", "apiCalls", "jsBytes"}}}.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { DEMO_PASSWORD } from '../dev/demo-data';
import { ensureChromium, ensureJava } from '../dev/prerequisites';
import { startStack } from '../dev/stack';
import { log, runBench, today } from './bench-env';
import { MEASURED_PAGES, PAGE_USER } from './page-budgets';
import { launchChromium, pageCost, pageJsBytes, signIn, type PageCost } from './page-cost';
import { consoleGrid, markdownGrid } from './text-grid';
import { appendBenchmarks, writeJson } from './write-results';

const ROOT = resolve(import.meta.dirname, '..');

async function main() {
  ensureJava();
  ensureChromium();
  const loadAtStart = loadavg()[0] ?? 0;
  process.env.TRELLIS_QUIET_LOGS = '1';
  const dir = mkdtempSync(join(tmpdir(), 'trellis-pages-bench-'));
  log('starting the local stack with the production web build and the demo seed ...');
  const stack = await startStack({ dataDir: dir, persistent: false, web: true, quiet: true });
  const browser = await launchChromium();
  try {
    if (!stack.webUrl) throw new Error('web server did not start');
    const web = stack.webUrl;
    await (await fetch(`${web}/`)).arrayBuffer();
    const cookie = await signIn(web, PAGE_USER, DEMO_PASSWORD);
    const measured: { key: string; path: string; anonymous: boolean; max: number; cost: PageCost; jsBytes: number }[] = [];
    for (const page of MEASURED_PAGES) {
      const session = page.anonymous ? undefined : cookie;
      await pageCost(web, stack.apiUrl, page.path, session);
      const cost = await pageCost(web, stack.apiUrl, page.path, session);
      const jsBytes = await pageJsBytes(browser, web, page.path, session);
      measured.push({ key: page.key, path: page.path, anonymous: page.anonymous === true, max: page.maxDdbRequests, cost, jsBytes });
      log(`${page.key}: ${cost.ddbRequests} DynamoDB requests over ${cost.apiCalls} API calls (${cost.routes.join(', ')}), ${jsBytes} bytes of JS`);
    }
    const rows = [
      ['page', 'DynamoDB requests', 'budget', 'API calls', 'routes', 'by command', 'JS bytes'],
      ...measured.map((m) => [m.key, String(m.cost.ddbRequests), `<= ${m.max}`, String(m.cost.apiCalls), m.cost.routes.join(', '), fmt(m.cost.byCommand), String(m.jsBytes)]),
    ];
    console.log(`\n${consoleGrid(rows)}\n`);
    const over = measured.filter((m) => m.cost.ddbRequests > m.max);
    const cpu = cpus();
    appendBenchmarks(join(ROOT, 'BENCHMARKS.md'), [
      `## ${today()} — page costs (${PAGE_USER}, seeded demo, production web build)`,
      '',
      `Machine: ${cpu.length} cores (${cpu[0]?.model.trim() ?? 'unknown CPU'}), Node ${process.version}; 1-minute load average (\`uptime\`) ` +
        `${loadAtStart.toFixed(2)} at the start, ${(loadavg()[0] ?? 0).toFixed(2)} at the end. \`npm run bench:pages\`: each page viewed once ` +
        'to warm the containers, then measured: DynamoDB requests made while serving the web server\'s API calls (the local gateway\'s ' +
        'meter; the stream poller and job runner not counted), API calls, and the decoded bytes of the JavaScript Chromium loads ' +
        'for the page until the network is idle (inline scripts and every script response). Request counts are deterministic; they do not depend on the load.',
      '',
      markdownGrid(rows, [1, 2, 3, 6]),
      '',
      over.length ? `Over budget: ${over.map((m) => m.key).join(', ')}.` : 'Every page is within its DynamoDB budget.',
      '',
    ].join('\n'));
    const figures = (list: typeof measured) =>
      Object.fromEntries(list.map((m) => [m.path, { ddbRequests: m.cost.ddbRequests, apiCalls: m.cost.apiCalls, jsBytes: m.jsBytes }]));
    // `pages`: signed in as PAGE_USER (the session cookie sent to /o pages too); `anonymous`: without a cookie.
    writeJson(join(ROOT, 'bench/results/pages.json'), {
      user: PAGE_USER,
      pages: figures(measured.filter((m) => !m.anonymous)),
      anonymous: figures(measured.filter((m) => m.anonymous)),
    });
    log('wrote bench/results/pages.json and appended to BENCHMARKS.md');
    if (over.length) throw new Error(`over budget: ${over.map((m) => m.key).join(', ')}`);
  } finally {
    await browser.close();
    await stack.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}

function fmt(byCommand: Record<string, number>): string {
  return Object.entries(byCommand).map(([k, v]) => `${k.replace(/Command$/, '')} ${v}`).join(', ') || 'none';
}

await runBench(main);
