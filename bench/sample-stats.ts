import type { CallSample } from './call-meter';

/** What one operation cost over its iterations. */
export interface Summary {
  iterations: number;
  medianMs: number;
  p95Ms: number;
  minMs: number;
  maxMs: number;
  /** Median DynamoDB requests per call, and the range seen (constant when min = max). */
  requests: number;
  requestsMin: number;
  requestsMax: number;
  /** The most frequent per-command breakdown. */
  byCommand: Record<string, number>;
  /** Median consumed capacity units per call (ReturnConsumedCapacity=TOTAL). */
  capacityUnits: number;
  /** Median consumed capacity units per call, by command. */
  capacityByCommand: Record<string, number>;
  /** Samples in which other in-process work also hit DynamoDB (excluded from the counts). */
  backgroundSamples: number;
  /** Failed requests over all samples (retried transactions and the like). */
  failedRequests: number;
}

function sorted(values: number[]): number[] {
  return [...values].sort((a, b) => a - b);
}

export function median(values: number[]): number {
  const s = sorted(values);
  if (s.length === 0) return 0;
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? (s[mid] ?? 0) : ((s[mid - 1] ?? 0) + (s[mid] ?? 0)) / 2;
}

/** Nearest-rank percentile. */
export function percentile(values: number[], p: number): number {
  const s = sorted(values);
  if (s.length === 0) return 0;
  return s[Math.min(s.length - 1, Math.max(0, Math.ceil((p / 100) * s.length) - 1))] ?? 0;
}

const round = (n: number, digits: number) => Math.round(n * 10 ** digits) / 10 ** digits;

function modeBreakdown(samples: CallSample[]): Record<string, number> {
  const counts = new Map<string, number>();
  for (const s of samples) {
    const key = JSON.stringify(Object.entries(s.byCommand).sort(([a], [b]) => a.localeCompare(b)));
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  const best = [...counts.entries()].sort((a, b) => b[1] - a[1])[0]?.[0] ?? '[]';
  return Object.fromEntries(JSON.parse(best) as [string, number][]);
}

export function summarize(samples: CallSample[]): Summary {
  const ms = samples.map((s) => s.ms);
  const requests = samples.map((s) => s.requests);
  return {
    iterations: samples.length,
    medianMs: round(median(ms), 2),
    p95Ms: round(percentile(ms, 95), 2),
    minMs: round(Math.min(...ms), 2),
    maxMs: round(Math.max(...ms), 2),
    requests: median(requests),
    requestsMin: Math.min(...requests),
    requestsMax: Math.max(...requests),
    byCommand: modeBreakdown(samples),
    capacityUnits: round(median(samples.map((s) => s.capacityUnits)), 3),
    capacityByCommand: Object.fromEntries(
      [...new Set(samples.flatMap((s) => Object.keys(s.capacityByCommand)))]
        .sort()
        .map((c) => [c, round(median(samples.map((s) => s.capacityByCommand[c] ?? 0)), 3)]),
    ),
    backgroundSamples: samples.filter((s) => s.background > 0).length,
    failedRequests: samples.reduce((sum, s) => sum + s.failed, 0),
  };
}

/** `GetCommand` -> `Get`, listed as `2 Get + 1 Query`. */
export function formatBreakdown(byCommand: Record<string, number>): string {
  const parts = Object.entries(byCommand)
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([command, n]) => `${n} ${command.replace(/Command$/, '')}`);
  return parts.length ? parts.join(' + ') : '—';
}
