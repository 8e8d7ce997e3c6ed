import { readMeter, resetMeter } from '../functions/src/adapters/dynamodb/table/request-meter';
import { median, percentile } from './sample-stats';

/** Throughput and latency of GETs of one URL: `total` requests, `concurrency` in flight. */
export interface LoadResult {
  url: string;
  requests: number;
  concurrency: number;
  seconds: number;
  rps: number;
  medianMs: number;
  p95Ms: number;
}

export async function load(url: string, total: number, concurrency: number): Promise<LoadResult> {
  const latencies: number[] = [];
  let next = 0;
  const started = performance.now();
  const lane = async () => {
    while (next < total) {
      next++;
      const t0 = performance.now();
      const res = await fetch(url);
      await res.arrayBuffer();
      if (!res.ok) throw new Error(`${url}: HTTP ${res.status}`);
      latencies.push(performance.now() - t0);
    }
  };
  await Promise.all(Array.from({ length: concurrency }, lane));
  const seconds = (performance.now() - started) / 1000;
  const round = (n: number) => Math.round(n * 100) / 100;
  return { url, requests: total, concurrency, seconds: round(seconds), rps: round(total / seconds), medianMs: round(median(latencies)), p95Ms: round(percentile(latencies, 95)) };
}

/**
 * DynamoDB requests per view: one GET at a time with the in-process request meter reset
 * before and read after (the gateway runs in this process). The median over `samples`
 * ignores a stray background request (the job runner polls every 15 s).
 */
export async function requestsPerView(url: string, samples: number): Promise<{ median: number; min: number; max: number; byCommand: Record<string, number> }> {
  const counts: number[] = [];
  let byCommand: Record<string, number> = {};
  for (let i = 0; i < samples; i++) {
    resetMeter();
    const res = await fetch(url);
    await res.arrayBuffer();
    const m = readMeter();
    counts.push(m.requests);
    if (m.requests === median(counts)) byCommand = m.byCommand;
  }
  return { median: median(counts), min: Math.min(...counts), max: Math.max(...counts), byCommand };
}

/**
 * The JavaScript a page ships: inline <script> bodies plus every external script and
 * modulepreload it references, in bytes as served.
 */
export async function javascriptBytes(url: string): Promise<{ bytes: number; files: string[]; html: number }> {
  const html = await (await fetch(url)).text();
  let bytes = 0;
  const files: string[] = [];
  for (const m of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)) {
    const src = /\bsrc=["']([^"']+)["']/i.exec(m[1] ?? '')?.[1];
    if (src) files.push(src);
    else bytes += Buffer.byteLength(m[2] ?? '');
  }
  for (const m of html.matchAll(/<link\b[^>]*rel=["']modulepreload["'][^>]*>/gi)) {
    const href = /\bhref=["']([^"']+)["']/i.exec(m[0])?.[1];
    if (href) files.push(href);
  }
  for (const file of files) bytes += (await (await fetch(new URL(file, url))).arrayBuffer()).byteLength;
  return { bytes, files, html: Buffer.byteLength(html) };
}
