import type { Org } from '@trellis/shared/orgs/org';
import { pathIds } from '@trellis/shared/orgs/path';
import type { ReportRecord } from '@trellis/shared/reporting/report-record';
import type { ReportRound } from '@trellis/shared/reporting/rounds';
import type { TrailEntry } from '@trellis/shared/reporting/states';
import { shardOf, TOTALS_SHARDS } from '@trellis/shared/reporting/totals';
import { orgsWithReport, putNewReportsCounted } from '../adapters/dynamodb/report/expected-report-writes';
import { addToCounter } from '../adapters/dynamodb/report/report-counter-store';
import { boundedMap } from './bounded-map';

/** Test hook: called before each chunk is written (a throw simulates a Lambda dying mid-way). */
export interface FanOutOptions {
  maxItemsPerTransaction?: number;
  beforeChunk?: (chunkNumber: number) => void;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

function newReport(round: ReportRound, o: Org): ReportRecord {
  const at = round.createdAt;
  const open: TrailEntry = { at, by: round.createdBy, byName: round.createdByName ?? round.createdBy, atDepth: 1, action: 'open', from: null, to: 'draft', reason: null };
  return {
    roundId: round.id, formId: round.formId, year: round.year, orgId: o.id, orgName: o.name, orgPath: o.path, orgType: o.type,
    state: 'draft', data: {}, version: 0, trail: [open], lockException: false, approvedAtDepth: null, materials: [], updatedAt: at, submittedAt: null, shard: shardOf(o.id),
  };
}

/** The reports of `orgs` that do not exist yet (one BatchGetItem of keys per chunk). */
async function missing(roundId: string, orgs: Org[]): Promise<Org[]> {
  const found = await orgsWithReport(roundId, orgs.map((o) => o.id));
  return orgs.filter((o) => !found.has(o.id));
}

/**
 * One transaction: each report created only if absent, and each region's progress shard
 * counting exactly the reports this transaction created. A report that exists already
 * (a concurrent or earlier run wrote it) is dropped from the chunk and the rest retried.
 */
async function writeChunk(round: ReportRound, chunk: Org[]): Promise<void> {
  let todo = await missing(round.id, chunk);
  for (let attempt = 1; todo.length > 0; attempt++) {
    const counts = new Map<string, number>();
    for (const o of todo) for (const r of pathIds(o.path)) counts.set(r, (counts.get(r) ?? 0) + 1);
    const shard = shardOf(todo[0]!.id);
    const counters = [...counts].map(([regionId, n]) => addToCounter('progress', round.id, regionId, shard, { expected: n, st_draft: n })!);
    const outcome = await putNewReportsCounted(todo.map((o) => newReport(round, o)), counters);
    if (outcome.written) return;
    if (attempt >= 10) throw outcome.error;
    if (outcome.existingOrgIds.size > 0) todo = todo.filter((o) => !outcome.existingOrgIds.has(o.id));
    else await sleep(25 * 2 ** Math.min(attempt, 5) * Math.random());
  }
}

/** Splits one shard's orgs into chunks whose transaction (reports + distinct counters) fits `max` items. */
function chunksOf(orgs: Org[], max: number): Org[][] {
  const out: Org[][] = [];
  let chunk: Org[] = [];
  let regions = new Set<string>();
  for (const o of [...orgs].sort((a, b) => a.path.localeCompare(b.path))) {
    const added = pathIds(o.path).filter((r) => !regions.has(r));
    if (chunk.length > 0 && chunk.length + 1 + regions.size + added.length > max) {
      out.push(chunk);
      chunk = [];
      regions = new Set();
    }
    chunk.push(o);
    for (const r of pathIds(o.path)) regions.add(r);
  }
  if (chunk.length > 0) out.push(chunk);
  return out;
}

/**
 * Writes the round's expected reports, never over an existing one: one lane per counter
 * shard (8 in parallel; lanes touch disjoint counter items, so they do not conflict), each
 * lane's chunks in turn. Idempotent: a rerun after a timeout creates and counts only what is missing.
 */
export async function writeExpectedReports(round: ReportRound, orgs: Org[], options: FanOutOptions = {}): Promise<void> {
  const max = options.maxItemsPerTransaction ?? 100;
  const lanes = Array.from({ length: TOTALS_SHARDS }, (_, s) => orgs.filter((o) => shardOf(o.id) === s)).filter((l) => l.length > 0);
  let chunkNumber = 0;
  let failure: unknown = null;
  // Every lane stops at its next chunk once one failed, and the call returns only when all stopped.
  await boundedMap(lanes, TOTALS_SHARDS, async (lane) => {
    for (const chunk of chunksOf(lane, max)) {
      if (failure) return;
      try {
        options.beforeChunk?.(++chunkNumber);
        await writeChunk(round, chunk);
      } catch (error) {
        failure ??= error;
      }
    }
  });
  if (failure) throw failure;
}
