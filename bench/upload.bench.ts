/**
 * Upload benchmark: the same file (default 300 MB, the cap) through the app's direct-upload
 * flow over the local HTTP gateway (create, sign, parallel part PUTs to presigned URLs with
 * recordPart, complete) and as raw parallel PUTs of the same parts straight to the same
 * s3rver, in one run. Reports the throughput ratio (goal ≥ 0.9) and the peak RSS of the
 * gateway process, which must not grow with the file size (so the app's flow also runs with
 * a 30 MB file).
 *
 *   npx tsx bench/upload.bench.ts
 *
 * The gateway (bench/upload-gateway.ts, with DynamoDB Local as its Java child) and s3rver
 * (bench/upload-s3.ts) each run in their own Node process, so the gateway's memory is only
 * the gateway's. Env: BENCH_UPLOAD_MB (300), BENCH_UPLOAD_SMALL_MB (30),
 * BENCH_UPLOAD_CONCURRENCY (parts in flight, 4), BENCH_UPLOAD_ROUNDS (runs of each way, 2),
 * BENCH_UPLOAD_RECORD_EACH=1 (the app's flow records each part after its PUT, as the web
 * uploader does; by default the parts are reported with complete).
 * Writes bench/results/upload.json and appends a dated section to BENCHMARKS.md, unless
 * BENCH_UPLOAD_DRY_RUN=1 (then it only prints).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { S3Client } from '@aws-sdk/client-s3';
import { MAX_UPLOAD_BYTES, PART_SIZE } from '@trellis/shared/uploads/purposes';
import { freePort } from '../dev/ports';
import { appUpload, deleteStored, login, mp4Bytes, rawUpload, storeClient, type Api, type AppRun, type RawRun } from './upload-flows';
import { MemorySampler } from './upload-memory';
import { benchmarksSection, consoleReport, figures, interpretation, resultsJson, type Measured, type UploadBench } from './upload-report';
import { startService, type Service } from './upload-service';
import { appendBenchmarks, writeJson } from './write-results';
import { intEnv, log, runBench, today } from './bench-env';

const ROOT = resolve(import.meta.dirname, '..');
const MiB = 2 ** 20;
const SAMPLE_MS = 100;
/** A pause between runs, so one run's disk writeback and GC settle before the next. */
const SETTLE_MS = 2000;


const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

interface Context {
  api: Api;
  s3: S3Client;
  sampler: MemorySampler;
  concurrency: number;
  recordEach: boolean;
}

let rawSeq = 0;

/** One upload inside a memory window; the stored object is deleted afterwards (outside the window). */
async function measure(ctx: Context, kind: 'app' | 'raw', bytes: Buffer, label: string, round: number | null): Promise<Measured> {
  await sleep(SETTLE_MS);
  const window = ctx.sampler.begin();
  let run: AppRun | RawRun;
  let memory: ReturnType<MemorySampler['end']>;
  try {
    run = kind === 'app'
      ? await appUpload(ctx.api, bytes, ctx.concurrency, ctx.recordEach)
      : await rawUpload(ctx.s3, bytes, ctx.concurrency, `bench/raw/${Date.now().toString(36)}-${++rawSeq}.mp4`);
  } finally {
    memory = ctx.sampler.end(window);
  }
  await deleteStored(ctx.s3, run.key);
  const { gateway, s3rver } = memory;
  if (!gateway || !s3rver) throw new Error('no memory figures');
  const m: Measured = { ...run, label, round, memory: { gateway, s3rver } };
  log(
    `${label}: ${(run.bytes / MiB).toFixed(0)} MB in ${run.seconds.toFixed(2)} s = ${run.mbps.toFixed(1)} MB/s; ` +
      `gateway RSS ${m.memory.gateway.startMB} → peak ${m.memory.gateway.peakMB} MB (read ${m.memory.gateway.readMB} MB), ` +
      `s3rver peak ${m.memory.s3rver.peakMB} MB (read ${m.memory.s3rver.readMB} MB)`,
  );
  return m;
}

async function run(opts: { size: number; smallSize: number; concurrency: number; rounds: number; startedAt: number; loadAtStart: number }) {
  const dataDir = mkdtempSync(join(tmpdir(), 'trellis-upload-bench-'));
  const services: Service<{ pid: number }>[] = [];
  let sampler: MemorySampler | undefined;
  try {
    log('starting s3rver in its own process ...');
    const store = await startService<{ pid: number; endpoint: string }>('upload-s3.ts', {
      BENCH_S3_PORT: String(await freePort()), BENCH_S3_DIR: join(dataDir, 's3'),
    });
    services.push(store);
    log(`s3rver ${store.info.endpoint} (pid ${store.pid}); starting the gateway with DynamoDB Local and the demo seed ...`);
    const gateway = await startService<{ pid: number; apiUrl: string; dynamoEndpoint: string }>('upload-gateway.ts', {
      S3_ENDPOINT: store.info.endpoint, TRELLIS_QUIET_LOGS: '1',
    });
    services.push(gateway);
    log(`gateway ${gateway.info.apiUrl} (pid ${gateway.pid}), DynamoDB Local ${gateway.info.dynamoEndpoint}`);
    sampler = new MemorySampler({ gateway: gateway.pid, s3rver: store.pid }, SAMPLE_MS);
    const gatewayStartRssMB = sampler.current('gateway');

    log(`generating ${(opts.size / MiB).toFixed(0)} MB of content ...`);
    const bytes = mp4Bytes(opts.size);
    const small = bytes.subarray(0, opts.smallSize);
    const api = await login(gateway.info.apiUrl);
    const recordEach = process.env.BENCH_UPLOAD_RECORD_EACH === '1';
    const ctx: Context = { api, s3: storeClient(store.info.endpoint), sampler, concurrency: opts.concurrency, recordEach };

    // A full-size upload each way first, so the first measured runs do not also pay for
    // loading the handlers, growing the heap to its working size and warming the store.
    log('warming up (one full-size upload each way, shown but not counted) ...');
    const label = (kind: string, size: number, suffix: string) => `${kind} ${(size / MiB).toFixed(0)} MB ${suffix}`;
    const warmups = [
      await measure(ctx, 'app', bytes, label('app', opts.size, 'warm-up'), null),
      await measure(ctx, 'raw', bytes, label('raw', opts.size, 'warm-up'), null),
    ];
    await sleep(SETTLE_MS);
    const gatewayWarmRssMB = sampler.current('gateway');

    const runs: Measured[] = [];
    runs.push(await measure(ctx, 'app', small, label('app', opts.smallSize, '#1'), null));
    for (let round = 1; round <= opts.rounds; round++) {
      const order: ('app' | 'raw')[] = round % 2 ? ['app', 'raw'] : ['raw', 'app'];
      for (const kind of order) runs.push(await measure(ctx, kind, bytes, label(kind, opts.size, `#${round}`), round));
    }
    runs.push(await measure(ctx, 'app', small, label('app', opts.smallSize, '#2'), null));

    const result: UploadBench = {
      date: today(), bytes: opts.size, smallBytes: opts.smallSize, partSize: PART_SIZE, concurrency: opts.concurrency, recordEach, runs, warmups,
      gatewayWarmRssMB, gatewayStartRssMB, sampleIntervalMs: SAMPLE_MS, totalSeconds: (Date.now() - opts.startedAt) / 1000,
      load: [opts.loadAtStart, loadavg()[0] ?? 0], node: process.versions.node,
    };
    const f = figures(result);
    console.log(`\nUpload benchmark: ${(opts.size / MiB).toFixed(0)} MB, ${opts.concurrency} parts in flight\n`);
    console.log(consoleReport(result));
    console.log('');
    for (const line of interpretation(result)) console.log(`- ${line}`);
    console.log('');
    const jsonPath = join(ROOT, 'bench', 'results', 'upload.json');
    if (process.env.BENCH_UPLOAD_DRY_RUN === '1') {
      log(`ratio ${f.ratio.toFixed(2)}, gateway peak ${f.gatewayPeakRssMB} MB; dry run: nothing written`);
      return;
    }
    writeJson(jsonPath, resultsJson(result));
    appendBenchmarks(join(ROOT, 'BENCHMARKS.md'), benchmarksSection(result));
    log(`ratio ${f.ratio.toFixed(2)}, gateway peak ${f.gatewayPeakRssMB} MB; wrote ${jsonPath} and appended to BENCHMARKS.md`);
  } finally {
    sampler?.stop();
    for (const service of services.reverse()) await service.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

async function main(): Promise<void> {
  const startedAt = Date.now();
  const loadAtStart = loadavg()[0] ?? 0;
  const size = intEnv('BENCH_UPLOAD_MB', 300) * MiB;
  const smallSize = intEnv('BENCH_UPLOAD_SMALL_MB', 30) * MiB;
  if (size > MAX_UPLOAD_BYTES) throw new Error(`BENCH_UPLOAD_MB: at most ${MAX_UPLOAD_BYTES / MiB} (the app's cap)`);
  if (smallSize >= size) throw new Error('BENCH_UPLOAD_SMALL_MB must be below BENCH_UPLOAD_MB');
  if (process.platform !== 'linux') throw new Error('the memory figures read /proc: run on Linux');
  await run({ size, smallSize, concurrency: intEnv('BENCH_UPLOAD_CONCURRENCY', 4), rounds: intEnv('BENCH_UPLOAD_ROUNDS', 2), startedAt, loadAtStart });
  log(`done in ${((Date.now() - startedAt) / 1000).toFixed(0)} s`);
}

await runBench(main);
