import { TOTALS_SHARDS } from '@trellis/shared/reporting/totals';

/**
 * What the capacity planner assumes about a reporting season, each overridable on the
 * command line (`npm run capacity -- --orgs 30000 --saves-per-report 40`). Every value is
 * printed next to the results, so a plan states what it rests on.
 */
export interface Assumptions {
  /** Organizations in the tree (all levels): each one's admins watch progress and totals. */
  readonly orgs: number;
  /** Organizations that file a report in the round (one report each; `--groups`, default all orgs). */
  readonly groups: number;
  /** Draft saves per report (autosave and explicit saves while filling the long form). */
  readonly savesPerReport: number;
  /** Share of reports returned once by the province (each is resubmitted). */
  readonly returnRate: number;
  /** Share of approvals later undone (each undo updates the totals again). */
  readonly unapproveRate: number;
  /** Progress/totals page views per org over the season. */
  readonly dashboardViewsPerOrg: number;
  /** Length of the window in days (1 April - 15 July: 106). */
  readonly windowDays: number;
  /** Share of the season's activity on its busiest day (the deadline). */
  readonly peakShare: number;
  /** Share of the busiest day's activity in its busiest hour. */
  readonly peakHourShare: number;
  /** Busiest second over the busiest hour's mean. */
  readonly burst: number;
  /** Approvals come in batches (a reviewer clears a queue): their peak over the saves' pattern. */
  readonly approvalBurst: number;
  /** Size of a report draft item (the whole form with its member list), KB. */
  readonly reportKb: number;
  /** Size of the small status item that the GSI indexes (state, org path, timestamps), KB. */
  readonly statusKb: number;
  /** Size of one totals shard item (a sum and count per numeric field), KB. */
  readonly totalsKb: number;
  /** Regions whose totals one approval updates (national, province, city). */
  readonly totalsLevels: number;
  /** Totals shards per region as the app is configured; flagged when below the need. */
  readonly totalsShards: number;
  /** Share of a partition's 1,000 writes/s a shard may use at peak (headroom for skew). */
  readonly shardUtilization: number;
  /** Share of all reports in the largest province (its GSI partition takes that share). */
  readonly largestRegionShare: number;
  /** GSIs that index the status item (each state change rewrites its entry: 2 writes). */
  readonly statusIndexes: number;
  /** Small reads per API request (session, policy middleware; eventually consistent, <= 4 KB). */
  readonly readsPerRequest: number;
  /** Status items one dashboard view reads through the GSI (a page of the progress list). */
  readonly dashboardItems: number;
  /** Mean duration of a reporting request, ms. */
  readonly durationMs: number;
  /** Memory of the capability function, MB (infra/lib/api.ts). */
  readonly memoryMb: number;
  /** Provisioned concurrency over the peak concurrency. */
  readonly concurrencyHeadroom: number;
  /** Hours of provisioned concurrency before the open and after the close (infra/seasons.ts). */
  readonly leadHours: number;
  readonly coolDownHours: number;
  /** Provisioned concurrency configured per function (infra/seasons.ts), compared with the need. */
  readonly configuredConcurrency: number;
  /** Warm throughput configured (infra/seasons.ts); 0 = DynamoDB's default. */
  readonly warmTableWrite: number;
  readonly warmTableRead: number;
  readonly warmIndexWrite: number;
  readonly warmIndexRead: number;
}

export const DEFAULT_ASSUMPTIONS: Omit<Assumptions, 'orgs' | 'groups'> = {
  savesPerReport: 30,
  returnRate: 0.2,
  unapproveRate: 0.02,
  dashboardViewsPerOrg: 20,
  windowDays: 106,
  peakShare: 0.3,
  peakHourShare: 0.2,
  burst: 3,
  approvalBurst: 5,
  reportKb: 30,
  statusKb: 1,
  totalsKb: 8,
  totalsLevels: 3,
  totalsShards: TOTALS_SHARDS,
  shardUtilization: 0.5,
  largestRegionShare: 0.1,
  statusIndexes: 1,
  readsPerRequest: 5,
  dashboardItems: 50,
  durationMs: 150,
  memoryMb: 1024,
  concurrencyHeadroom: 1.25,
  leadHours: 12,
  coolDownHours: 72,
  configuredConcurrency: 0,
  warmTableWrite: 0,
  warmTableRead: 0,
  warmIndexWrite: 0,
  warmIndexRead: 0,
};

/**
 * List prices in USD, us-east-1 (N. Virginia), as published by AWS in 2025: Lambda arm64,
 * HTTP API, DynamoDB on-demand (standard table class, after the November 2024 cut). For
 * cn-north-1 (Beijing, priced in CNY by Sinnet) pass your own with the `--price-*` flags.
 */
export interface Prices {
  readonly lambdaPerMillionRequests: number;
  readonly lambdaPerGbSecond: number;
  readonly provisionedPerGbSecond: number;
  readonly httpApiPerMillionRequests: number;
  readonly ddbPerMillionWrites: number;
  readonly ddbPerMillionReads: number;
  /**
   * Pre-warming is charged once, per unit raised above the current warm throughput. Assumed
   * here at one hour of the same provisioned capacity (WCU-hour 0.00065, RCU-hour 0.00013);
   * check the DynamoDB pricing page before relying on it.
   */
  readonly warmPerWriteUnit: number;
  readonly warmPerReadUnit: number;
}

export const US_EAST_1_PRICES: Prices = {
  lambdaPerMillionRequests: 0.2,
  lambdaPerGbSecond: 0.0000133334,
  provisionedPerGbSecond: 0.0000033334,
  httpApiPerMillionRequests: 1.0,
  ddbPerMillionWrites: 0.625,
  ddbPerMillionReads: 0.125,
  warmPerWriteUnit: 0.00065,
  warmPerReadUnit: 0.00013,
};

/** A partition's hard limit. */
export const PARTITION_WRITE_LIMIT = 1_000;

/** One line per assumption, printed next to its value. */
export const ASSUMPTION_NOTES: Record<keyof Assumptions, string> = {
  orgs: 'organizations in the tree (dashboard viewers)',
  groups: 'organizations filing one report each',
  savesPerReport: 'draft saves per report (autosave + save)',
  returnRate: 'share of reports returned once, then resubmitted',
  unapproveRate: 'share of approvals undone',
  dashboardViewsPerOrg: 'progress/totals views per org',
  windowDays: 'days the window is open',
  peakShare: 'share of the season on its busiest day',
  peakHourShare: "share of that day in its busiest hour",
  burst: 'busiest second / busy-hour mean',
  approvalBurst: 'approvals come in batches: x the saves pattern',
  reportKb: 'draft item size, KB',
  statusKb: 'indexed status item size, KB',
  totalsKb: 'totals shard item size, KB',
  totalsLevels: 'region levels an approval updates',
  totalsShards: 'totals shards per region (the app)',
  shardUtilization: 'max share of a partition per shard',
  largestRegionShare: 'share of reports in the largest province',
  statusIndexes: 'GSIs indexing the status item',
  readsPerRequest: 'small reads per request (middleware)',
  dashboardItems: 'status items per dashboard page',
  durationMs: 'mean request duration, ms',
  memoryMb: 'function memory, MB',
  concurrencyHeadroom: 'provisioned / peak concurrency',
  leadHours: 'provisioned before the open, h',
  coolDownHours: 'provisioned after the close, h',
  configuredConcurrency: 'provisioned concurrency configured',
  warmTableWrite: 'configured warm write units, table',
  warmTableRead: 'configured warm read units, table',
  warmIndexWrite: 'configured warm write units, largest GSI',
  warmIndexRead: 'configured warm read units, largest GSI',
};
