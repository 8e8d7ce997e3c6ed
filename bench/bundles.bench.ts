import { execFileSync, execSync } from 'node:child_process';
import { appendFileSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import { LAMBDA_BUNDLE_FILE, lambdaBuildOptions } from '../infra/lib/bundle-options';
import { BUNDLE_BUDGET, lambdaEntries } from '../infra/lib/lambda-entries';
import { repoRoot } from '../infra/lib/paths';
import { freshWebBuild } from '../infra/lib/web-build';
import { consoleGrid, markdownGrid } from './text-grid';

/**
 * `npm run bench:bundles`: every Lambda bundle as `cdk synth` builds it (infra/lib/bundle-options.ts;
 * the web server over a fresh production build of web/), its minified bytes, gzip bytes (level 9,
 * roughly what the deployment zip holds) and cold import time: the median of IMPORT_RUNS fresh
 * Node processes that each import the bundle once. The AWS SDK, which Lambda's runtime provides,
 * is imported from node_modules, so its load is in the time as it is in Lambda's cold start.
 * Writes bench/results/bundles.json and appends a dated section to BENCHMARKS.md.
 */
const IMPORT_RUNS = 5;
const outdir = join(repoRoot, 'cdk.out', '.bench-bundles');

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
};

function importMs(file: string): number {
  const script = `const t = performance.now(); await import(${JSON.stringify(pathToFileURL(file).href)}); process.stdout.write(String(performance.now() - t));`;
  const runs = Array.from({ length: IMPORT_RUNS }, () =>
    Number(execFileSync(process.execPath, ['--input-type=module', '-e', script], { cwd: repoRoot, env: { ...process.env, TRELLIS_QUIET_LOGS: '1' } })),
  );
  return Math.round(median(runs) * 10) / 10;
}

rmSync(outdir, { recursive: true, force: true });
mkdirSync(outdir, { recursive: true });
const entries = lambdaEntries(freshWebBuild(), join(outdir, 'entries'));
const functions: Record<string, { bytes: number; gzipBytes: number; importMs: number }> = {};
const rows: string[][] = [['Function', 'Kind', 'Bytes', 'Budget', 'Gzip bytes', 'Import ms (median of 5)']];
for (const entry of entries) {
  const dir = join(outdir, entry.name);
  await build(lambdaBuildOptions({ entry: entry.entry, outdir: dir, alias: entry.alias }));
  const file = join(dir, LAMBDA_BUNDLE_FILE);
  const bytes = readFileSync(file);
  const result = { bytes: bytes.length, gzipBytes: gzipSync(bytes, { level: 9 }).length, importMs: importMs(file) };
  functions[entry.name] = result;
  rows.push([entry.name, entry.kind, String(result.bytes), String(BUNDLE_BUDGET[entry.kind]), String(result.gzipBytes), result.importMs.toFixed(1)]);
}
rmSync(outdir, { recursive: true, force: true });

mkdirSync(join(repoRoot, 'bench/results'), { recursive: true });
writeFileSync(join(repoRoot, 'bench/results/bundles.json'), `${JSON.stringify({ functions }, null, 2)}\n`);
const uptime = execSync('uptime').toString().trim();
console.log(consoleGrid(rows));
console.log(`\nuptime: ${uptime}`);

const date = new Date().toISOString().slice(0, 10);
appendFileSync(
  join(repoRoot, 'BENCHMARKS.md'),
  `\n## ${date} — Lambda bundles (\`npm run bench:bundles\`)\n\n`
    + `Machine: ${cpus().length} cores (${cpus()[0]?.model.trim() ?? 'unknown'}), Node ${process.version}; \`uptime\`: ${uptime}. `
    + 'Each bundle built with the options `cdk synth` uses (infra/lib/bundle-options.ts), the web server over the production build of web/. '
    + `Import: median of ${IMPORT_RUNS} fresh Node processes each importing the bundle once (the AWS SDK, provided by Lambda's runtime, loads from node_modules).\n\n`
    + `${markdownGrid(rows, [2, 3, 4, 5])}\n`,
);
