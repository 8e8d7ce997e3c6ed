import { cpus, totalmem } from 'node:os';
import type { AppRun, RawRun } from './upload-flows';
import type { MemoryPeak } from './upload-memory';
import { median } from './sample-stats';
import { consoleGrid, markdownGrid } from './text-grid';

/** The upload benchmark's results: the issue's five figures, the table of runs, a short reading. */

export type Measured = (AppRun | RawRun) & {
  label: string;
  round: number | null;
  memory: Record<'gateway' | 's3rver', MemoryPeak>;
};

export interface UploadBench {
  date: string;
  bytes: number;
  smallBytes: number;
  partSize: number;
  concurrency: number;
  /** Whether the app's flow recorded each part after its PUT (the web uploader) or reported all with complete. */
  recordEach: boolean;
  /** Measured runs; the figures come from these. */
  runs: Measured[];
  /** One full-size upload each way before them: shown, not counted. */
  warmups: Measured[];
  /** Gateway RSS after the warm-up uploads, before the measured ones. */
  gatewayWarmRssMB: number;
  gatewayStartRssMB: number;
  sampleIntervalMs: number;
  totalSeconds: number;
  load: [number, number];
  node: string;
}

const MiB = 2 ** 20;
const f1 = (v: number) => v.toFixed(1);
const f2 = (v: number) => v.toFixed(2);
const f3 = (v: number) => Math.round(v * 1000) / 1000;
const r1 = (v: number) => Math.round(v * 10) / 10;
const mib = (bytes: number) => `${r1(bytes / MiB)} MB`;

const big = (b: UploadBench) => b.runs.filter((r) => r.bytes === b.bytes);
const bigApp = (b: UploadBench) => big(b).filter((r): r is Measured & AppRun => r.kind === 'app');
const bigRaw = (b: UploadBench) => big(b).filter((r): r is Measured & RawRun => r.kind === 'raw');
const smallApp = (b: UploadBench) => b.runs.filter((r): r is Measured & AppRun => r.kind === 'app' && r.bytes === b.smallBytes);
const best = (runs: { mbps: number }[]) => Math.max(...runs.map((r) => r.mbps));
const peak = (runs: Measured[], proc: 'gateway' | 's3rver') => Math.max(...runs.map((r) => r.memory[proc].peakMB));

export function figures(b: UploadBench) {
  const apps = bigApp(b);
  const raws = bigRaw(b);
  const appMBps = best(apps);
  const rawMBps = best(raws);
  const rounds = [...new Set(big(b).map((r) => r.round))].filter((n): n is number => n !== null);
  const pairedRatios = rounds.map((n) => {
    const app = apps.find((r) => r.round === n);
    const raw = raws.find((r) => r.round === n);
    return app && raw ? app.mbps / raw.mbps : NaN;
  });
  const rawWithMultipartMBps = Math.max(...raws.map((r) => r.withMultipartMBps));
  const rawPutsOnlyMBps = Math.max(...raws.map((r) => r.putsOnlyMBps));
  return {
    appMBps, rawMBps, ratio: appMBps / rawMBps, pairedRatios,
    medianAppMBps: median(apps.map((r) => r.mbps)), medianRawMBps: median(raws.map((r) => r.mbps)),
    rawWithMultipartMBps, ratioWithMultipart: appMBps / rawWithMultipartMBps,
    rawPutsOnlyMBps, ratioPutsOnly: appMBps / rawPutsOnlyMBps,
    gatewayPeakRssMB: peak(apps, 'gateway'),
    gatewayPeakRssMBSmall: peak(smallApp(b), 'gateway'),
    gatewayPeakRssMBRaw: peak(raws, 'gateway'),
    s3rverPeakRssMB: peak(big(b), 's3rver'),
    s3rverPeakRssMBSmall: peak(smallApp(b), 's3rver'),
    /** The most the gateway process read (sockets and files) during one app-flow upload of `bytes`. */
    gatewayReadMB: Math.max(...apps.map((r) => r.memory.gateway.readMB ?? NaN)),
    gatewayWrittenMB: Math.max(...apps.map((r) => r.memory.gateway.writtenMB ?? NaN)),
    s3rverReadMB: median(apps.map((r) => r.memory.s3rver.readMB ?? NaN)),
  };
}

/** bench/results/upload.json: the issue's five keys first, then detail. */
export function resultsJson(b: UploadBench) {
  const f = figures(b);
  return {
    bytes: b.bytes,
    appMBps: f3(f.appMBps),
    rawMBps: f3(f.rawMBps),
    ratio: f3(f.ratio),
    gatewayPeakRssMB: f.gatewayPeakRssMB,
    date: b.date,
    units: 'MB = 2^20 bytes (the 300 MB cap is 314,572,800 bytes); MBps = MB per second',
    summary: 'best of the runs at `bytes` for appMBps and rawMBps; ratio = appMBps / rawMBps; gatewayPeakRssMB = highest RSS of the gateway process during the app-flow uploads of `bytes`',
    concurrency: b.concurrency,
    partSize: b.partSize,
    parts: Math.ceil(b.bytes / b.partSize),
    pairedRatios: f.pairedRatios.map(f3),
    medianAppMBps: f3(f.medianAppMBps),
    medianRawMBps: f3(f.medianRawMBps),
    rawWithMultipartMBps: f3(f.rawWithMultipartMBps),
    ratioWithMultipart: f3(f.ratioWithMultipart),
    rawPutsOnlyMBps: f3(f.rawPutsOnlyMBps),
    ratioAgainstPutsOnly: f3(f.ratioPutsOnly),
    appRecordsEachPart: b.recordEach,
    smallBytes: b.smallBytes,
    gatewayPeakRssMBSmall: f.gatewayPeakRssMBSmall,
    gatewayPeakRssMBDuringRaw: f.gatewayPeakRssMBRaw,
    gatewayStartRssMB: b.gatewayStartRssMB,
    gatewayWarmRssMB: b.gatewayWarmRssMB,
    s3rverPeakRssMB: f.s3rverPeakRssMB,
    s3rverPeakRssMBSmall: f.s3rverPeakRssMBSmall,
    gatewayReadMBPerUpload: f.gatewayReadMB,
    gatewayWrittenMBPerUpload: f.gatewayWrittenMB,
    rssSampleIntervalMs: b.sampleIntervalMs,
    runs: [...b.warmups.map((r) => ({ r, warmUp: true })), ...b.runs.map((r) => ({ r, warmUp: false }))].map(({ r, warmUp }) => ({
      label: r.label, warmUp, kind: r.kind, round: r.round, bytes: r.bytes, parts: r.parts, seconds: f3(r.seconds), mbps: f3(r.mbps),
      ...(r.kind === 'app'
        ? {
            startSeconds: f3(r.phases.startSeconds), partsSeconds: f3(r.phases.partsSeconds), completeSeconds: f3(r.phases.completeSeconds),
            medianRecordPartMs: r1(median(r.recordPartMs)),
          }
        : { setupSeconds: f3(r.setupSeconds), putSeconds: f3(r.putSeconds), completeSeconds: f3(r.completeSeconds), putsOnlyMBps: f3(r.putsOnlyMBps) }),
      medianPartPutMs: r1(median(r.partPutMs)),
      gatewayRss: r.memory.gateway,
      s3rverRss: r.memory.s3rver,
    })),
    totalSeconds: Math.round(b.totalSeconds),
    load: b.load.map(r1),
    node: b.node,
  };
}

const HEADERS = [
  'Run', 'Size', 'Time s', 'MB/s', 'Timed', 'Part PUT median ms', 'recordPart median ms', 'Complete s',
  'Gateway RSS MB start → peak', 'Gateway read / written MB', 's3rver RSS peak MB', 's3rver read / written MB',
];

const io = (p: MemoryPeak) => `${p.readMB === null ? '—' : f2(p.readMB)} / ${p.writtenMB === null ? '—' : f2(p.writtenMB)}`;

function rows(b: UploadBench): string[][] {
  return [...b.warmups, ...b.runs].map((r) => [
    r.label,
    mib(r.bytes),
    f2(r.seconds),
    f1(r.mbps),
    r.kind === 'app'
      ? `create+sign ${f2(r.phases.startSeconds)} s, parts ${f2(r.phases.partsSeconds)} s, complete ${f2(r.phases.completeSeconds)} s`
      : `create+presign ${f2(r.setupSeconds)} s, parts ${f2(r.putSeconds)} s, complete ${f2(r.completeSeconds)} s`,
    f1(median(r.partPutMs)),
    r.kind === 'app' && r.recordPartMs.length ? f1(median(r.recordPartMs)) : '—',
    f2(r.kind === 'app' ? r.phases.completeSeconds : r.completeSeconds),
    `${f1(r.memory.gateway.startMB)} → ${f1(r.memory.gateway.peakMB)}`,
    io(r.memory.gateway),
    f1(r.memory.s3rver.peakMB),
    io(r.memory.s3rver),
  ]);
}

function headline(b: UploadBench): string[][] {
  const f = figures(b);
  return [
    ['Metric', 'Result', 'Goal'],
    ['bytes', `${b.bytes.toLocaleString('en-US')} (${mib(b.bytes)}, ${Math.ceil(b.bytes / b.partSize)} parts)`, ''],
    ['appMBps (app flow, create → complete)', `${f1(f.appMBps)} (best of ${bigApp(b).length}; median ${f1(f.medianAppMBps)})`, ''],
    ['rawMBps (raw multipart: create → part PUTs → complete)', `${f1(f.rawMBps)} (best of ${bigRaw(b).length}; median ${f1(f.medianRawMBps)})`, ''],
    ['ratio', `${f2(f.ratio)} (per round: ${f.pairedRatios.map(f2).join(', ')})`, '≥ 0.9'],
    ['ratio against the raw part PUTs alone (the earlier, unfair measure)', `${f2(f.ratioPutsOnly)} (raw PUTs ${f1(f.rawPutsOnlyMBps)} MB/s)`, ''],
    [`gatewayPeakRssMB (${mib(b.bytes)})`, f1(f.gatewayPeakRssMB), 'flat in file size'],
    [`gateway peak RSS (${mib(b.smallBytes)})`, f1(f.gatewayPeakRssMBSmall), ''],
    ['s3rver process peak RSS (separate process, not the gateway)', `${f1(f.s3rverPeakRssMB)} (${f1(f.s3rverPeakRssMBSmall)} at ${mib(b.smallBytes)})`, ''],
  ];
}

export function consoleReport(b: UploadBench): string {
  return `${consoleGrid(headline(b))}\n\n${consoleGrid([HEADERS, ...rows(b)])}`;
}

/** A short reading of the figures. */
export function interpretation(b: UploadBench): string[] {
  const f = figures(b);
  const apps = bigApp(b);
  const raws = bigRaw(b);
  const phase = (key: keyof AppRun['phases']) => median(apps.map((r) => r.phases[key]));
  const appPut = median(apps.flatMap((r) => r.partPutMs));
  const rawPut = median(raws.flatMap((r) => r.partPutMs));
  const recordMs = median(apps.flatMap((r) => r.recordPartMs));
  const rawComplete = median(raws.map((r) => r.completeSeconds));
  const smallPeak = f.gatewayPeakRssMBSmall;
  const growth = f.gatewayPeakRssMB - smallPeak;
  const met = f.ratio >= 0.9;
  const warmApp = b.warmups.find((r) => r.kind === 'app');
  const appSeconds = median(apps.map((r) => r.seconds));
  const rawSeconds = median(raws.map((r) => r.seconds));
  const mode = b.recordEach
    ? `each part recorded after its PUT (pipelined, as the web uploader does for resume after reload; median recordPart ${f1(recordMs)} ms)`
    : 'the parts\' ETags reported with complete in one request (no recordPart calls)';
  const lines = [
    `Throughput: the app's flow moved ${mib(b.bytes)} at ${f1(f.appMBps)} MB/s end to end (create → sign → part PUTs → complete, ${mode}); raw multipart against the same ` +
      `s3rver (CreateMultipartUpload, presign, the same part PUTs, CompleteMultipartUpload) at ${f1(f.rawMBps)} MB/s: ratio ${f2(f.ratio)}, so the goal of ≥ 0.9 is ${met ? 'met' : 'not met'}. ` +
      `Paired by round (app and raw back to back) the ratios were ${f.pairedRatios.map(f2).join(' and ')}. Against the raw part PUTs alone, leaving out the store's ` +
      `concatenation as runs before ${b.date} did, the ratio would be ${f2(f.ratioPutsOnly)}: that comparison was unfair, since the app's time includes complete.`,
    `Where the app's time goes (medians over its ${apps.length} runs at ${mib(b.bytes)}): create + sign ${f2(phase('startSeconds'))} s, the ${Math.ceil(b.bytes / b.partSize)} part PUTs ` +
      `${f2(phase('partsSeconds'))} s, complete ${f2(phase('completeSeconds'))} s; raw: parts ${f2(median(raws.map((r) => r.putSeconds)))} s, complete ${f2(rawComplete)} s ` +
      `(medians; ${f2(appSeconds)} s against ${f2(rawSeconds)} s end to end). A part PUT took ${f1(appPut)} ms in the app's flow and ${f1(rawPut)} ms raw (median). ` +
      'Complete is mostly the store: s3rver concatenates the parts into one file on disk; the app then reads back the object\'s size (HeadObject) and first 16 bytes (range GET) and closes its record.',
    `Memory: the gateway process peaked at ${f1(f.gatewayPeakRssMB)} MB during the ${mib(b.bytes)} uploads and ${f1(smallPeak)} MB during the ${mib(b.smallBytes)} ones ` +
      `(${growth >= 0 ? '+' : ''}${f1(growth)} MB for ${r1(b.bytes / b.smallBytes)}× the bytes). It came up at ${f1(b.gatewayStartRssMB)} MB` +
      (warmApp ? `; the warm-up upload (the first calls to each handler) took it from ${f1(warmApp.memory.gateway.startMB)} to ${f1(warmApp.memory.gateway.peakMB)} MB` : '') +
      `, and it sat at ${f1(b.gatewayWarmRssMB)} MB before the measured runs. ` +
      `During one ${mib(b.bytes)} upload the gateway process read at most ${f2(f.gatewayReadMB)} MB and wrote ${f2(f.gatewayWrittenMB)} MB in all (sockets and files: ` +
      `the JSON requests and answers and its DynamoDB Local traffic), while s3rver read ${f1(f.s3rverReadMB)} MB (the parts off its sockets, then again off disk to ` +
      `concatenate them): the file's bytes never pass through the gateway, which only signs URLs and records parts, so its memory ` +
      `${growth < 5 && f.gatewayReadMB < 0.01 * (b.bytes / MiB) ? 'does not grow with file size' : 'should not grow with file size — check the figures above'}. ` +
      `Across all measured runs its peak ranged ${f1(Math.min(...b.runs.map((r) => r.memory.gateway.peakMB)))}–${f1(Math.max(...b.runs.map((r) => r.memory.gateway.peakMB)))} MB, ` +
      'moved by when V8 collects and returns memory rather than by the size being uploaded. ' +
      (b.recordEach ? `What does grow with the size is the number of small requests (${Math.ceil(b.bytes / b.partSize)} recordPart calls for ${mib(b.bytes)}, ${Math.ceil(b.smallBytes / b.partSize)} for ${mib(b.smallBytes)}).` : 'What grows with the size is only the length of the part list sent with complete.'),
    `The gateway runs alone in its Node process (dev/gateway.ts and the handlers it invokes, loaded through tsx as \`npm start\` does; no stream poller, job runner or web); ` +
      'DynamoDB Local is its Java child and is not counted. ' +
      `s3rver runs in a process of its own, because the bytes land there: its RSS peaked at ${f1(f.s3rverPeakRssMB)} MB (${f1(f.s3rverPeakRssMBSmall)} MB for ${mib(b.smallBytes)}). ` +
      `RSS is VmRSS sampled every ${b.sampleIntervalMs} ms and the kernel's VmHWM, reset at the start of each run.`,
    'Everything shares one machine over loopback: the client, s3rver (which writes each part to disk with an MD5), the gateway and DynamoDB Local compete for its cores, ' +
      'so absolute MB/s say little about S3; the ratio and the memory are the figures to compare between runs.',
  ];
  return lines;
}

export function benchmarksSection(b: UploadBench): string {
  const cpu = cpus();
  const machine =
    `${cpu.length} cores (${cpu[0]?.model.trim() ?? 'unknown CPU'}), ${Math.round(totalmem() / 2 ** 30)} GiB RAM, ` +
    `Node ${b.node}, ${process.platform}/${process.arch}; s3rver writing to a temporary directory on local disk`;
  return [
    `## ${b.date} — uploads, ${mib(b.bytes)}`,
    '',
    'Measured by `npx tsx bench/upload.bench.ts` (`BENCH_UPLOAD_MB`, default 300; `BENCH_UPLOAD_SMALL_MB`, default 30; `BENCH_UPLOAD_CONCURRENCY`, default 4; ' +
      '`BENCH_UPLOAD_ROUNDS`, default 2). It starts s3rver in one Node process and the local HTTP gateway (`dev/gateway.ts`, with DynamoDB Local in memory and the demo seed) ' +
      `in another, signs in as wang.teacher over HTTP and uploads one ${mib(b.bytes)} MP4 (random bytes after an \`ftyp\` header) at 济南信息工程学校 in two ways: ` +
      `the app's flow (\`uploads.create\`, \`uploads.sign\` for all parts, each part PUT to its presigned URL${b.recordEach ? ' followed by `uploads.recordPart` with its ETag' : ''}, ` +
      `${b.concurrency} parts in flight, then \`uploads.complete\`${b.recordEach ? '' : ' with the parts\' ETags'}), timed end to end; and raw multipart straight to the same s3rver ` +
      `(CreateMultipartUpload, presigned UploadPart PUTs of the same ${b.partSize / MiB} MB parts, ${b.concurrency} in flight, CompleteMultipartUpload), also timed end to end. Each runs ${bigApp(b).length} times, alternating which goes first; the best of each is reported. ` +
      `The app's flow also runs at ${mib(b.smallBytes)}, before and after, to see whether the gateway's memory follows the file size. MB = 2^20 bytes.`,
    '',
    `Machine: ${machine}; 1-minute load average ${b.load[0].toFixed(1)} at the start, ${b.load[1].toFixed(1)} at the end; the whole run ${b.totalSeconds.toFixed(0)} s.`,
    '',
    markdownGrid(headline(b), []),
    '',
    markdownGrid([HEADERS, ...rows(b)], [2, 3, 5, 6, 7, 10]),
    '',
    ...interpretation(b).map((line) => `- ${line}`),
    '',
  ].join('\n');
}
