import { z } from 'zod';
import { aggregatedFields, type FieldDef, type FormDeclaration } from './form-declaration';
import type { ReportData } from './form-schema';
import { MEMBER_TYPES } from './group-annual-form';
import { REPORT_STATES, type ReportState } from './states';

/**
 * Totals of approved reports per region, kept as attribute deltas that DynamoDB ADDs:
 * for each field that aggregates (sum or mean, as declared), `s_<field>` sum in hundredths (exact: amounts have 2 decimals), `c_<field>` how many
 * reports gave the field, `sec_<code>`/`div_<code>` industry coverage, `mt_<type>` members
 * by type, `members`, `reports`. Approve adds the contribution, unapprove subtracts it.
 */
export const TOTALS_SHARDS = 8;

const scaled = (v: number) => Math.round(v * 100);

export function contribution(form: FormDeclaration, data: ReportData, sign: 1 | -1 = 1): Record<string, number> {
  const out: Record<string, number> = { reports: sign };
  for (const f of aggregatedFields(form)) {
    const v = data[f.key];
    if (typeof v !== 'number' || !Number.isFinite(v)) continue;
    out[`s_${f.key}`] = sign * scaled(v);
    out[`c_${f.key}`] = sign;
  }
  for (const code of new Set(asStrings(data.industrySections))) out[`sec_${code}`] = sign;
  for (const code of new Set(asStrings(data.industryDivisions))) out[`div_${code}`] = sign;
  const rows = Array.isArray(data[form.table.key]) ? (data[form.table.key] as Record<string, unknown>[]) : [];
  for (const row of rows) {
    const t = String(row?.type ?? 'other');
    out[`mt_${t}`] = (out[`mt_${t}`] ?? 0) + sign;
  }
  out.members = sign * rows.length;
  return out;
}

function asStrings(v: unknown): string[] {
  return Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string' && /^[A-Z0-9]{1,2}$/.test(x)) : [];
}

/** Adds attribute maps (the shards of a region, or contributions in a test). */
export function addCounters(into: Record<string, number>, more: Record<string, unknown>): Record<string, number> {
  for (const [k, v] of Object.entries(more)) if (typeof v === 'number') into[k] = (into[k] ?? 0) + v;
  return into;
}

const countsByKey = z.record(z.string(), z.number());

/** A region's totals of approved reports, by field key, industry code and member type. */
export const regionTotalsSchema = z.object({
  /** Approved (or accepted) reports counted. */
  reports: z.number().int(),
  /** Field key -> sum of the reports' values, in the field's unit. */
  sums: countsByKey,
  /** Field key -> how many reports gave the field. */
  counts: countsByKey,
  /** GB/T 4754 section code -> reports covering it. */
  industrySections: countsByKey,
  /** GB/T 4754 division code -> reports covering it. */
  industryDivisions: countsByKey,
  /** Member type -> member rows of that type. */
  memberTypes: countsByKey,
  members: z.number().int(),
});
export type RegionTotals = z.infer<typeof regionTotalsSchema>;

/** The API view of summed counters: sums back in their units, every numeric field present. */
export function toRegionTotals(form: FormDeclaration, counters: Record<string, number>): RegionTotals {
  const t: RegionTotals = { reports: counters.reports ?? 0, sums: {}, counts: {}, industrySections: {}, industryDivisions: {}, memberTypes: {}, members: counters.members ?? 0 };
  for (const f of aggregatedFields(form)) {
    t.sums[f.key] = (counters[`s_${f.key}`] ?? 0) / 100;
    t.counts[f.key] = counters[`c_${f.key}`] ?? 0;
  }
  for (const type of MEMBER_TYPES) t.memberTypes[type] = counters[`mt_${type}`] ?? 0;
  for (const [k, v] of Object.entries(counters)) {
    if (k.startsWith('sec_') && v) t.industrySections[k.slice(4)] = v;
    if (k.startsWith('div_') && v) t.industryDivisions[k.slice(4)] = v;
  }
  return t;
}

/** A field's figure in totals as its declaration says: the sum, the mean over the reports that gave it, or null. */
export function aggregateValue(f: FieldDef, totals: Pick<RegionTotals, 'sums' | 'counts'>): number | null {
  if (f.aggregate === 'sum') return totals.sums[f.key] ?? 0;
  if (f.aggregate === 'mean') {
    const n = totals.counts[f.key] ?? 0;
    return n > 0 ? Math.round(((totals.sums[f.key] ?? 0) / n) * 100) / 100 : null;
  }
  return null;
}

/** Progress counters: how many expected reports are in each state. */
export const regionProgressSchema = z.object({
  expected: z.number().int(),
  states: z.record(z.enum(REPORT_STATES), z.number().int()),
  /** Sent up and not sent back: submitted, resubmitted, approved, accepted. */
  submitted: z.number().int(),
  approved: z.number().int(),
  returned: z.number().int(),
  notSubmitted: z.number().int(),
});
export type RegionProgress = z.infer<typeof regionProgressSchema>;

export function toRegionProgress(counters: Record<string, number>): RegionProgress {
  const st = (s: ReportState) => counters[`st_${s}`] ?? 0;
  const states = { draft: st('draft'), submitted: st('submitted'), returned: st('returned'), resubmitted: st('resubmitted'), approved: st('approved'), accepted: st('accepted') };
  const submitted = states.submitted + states.resubmitted + states.approved + states.accepted;
  return { expected: counters.expected ?? 0, states, submitted, approved: states.approved + states.accepted, returned: states.returned, notSubmitted: states.draft + states.returned };
}

/** Which shard an org's counters go to: fixed per org, so unapprove subtracts where approve added. */
export function shardOf(orgId: string, shards = TOTALS_SHARDS): number {
  let h = 2166136261;
  for (let i = 0; i < orgId.length; i++) h = Math.imul(h ^ orgId.charCodeAt(i), 16777619);
  return (h >>> 0) % shards;
}
