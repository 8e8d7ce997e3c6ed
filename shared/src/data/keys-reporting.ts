import type { Key } from './keys';

/**
 * Keys of the reporting capability (kept beside keys.ts, same conventions: every id segment
 * ends with `#`, paths end with `/`).
 */
export const reportingKeys = {
  round: (roundId: string): Key => ({ pk: `RROUND#${roundId}#`, sk: 'ROUND' }),
  /** GSI1: every round by year. */
  roundIndex: (year: number, roundId: string) => ({ gsi1pk: 'RROUNDS', gsi1sk: `${year}#${roundId}#` }),
  roundIndexPartition: 'RROUNDS',

  /** An org's reports share its partition: its history year by year is one Query. */
  report: (orgId: string, roundId: string): Key => ({ pk: `REPORT#${orgId}#`, sk: `R#${roundId}#` }),
  reportPartition: (orgId: string) => `REPORT#${orgId}#`,
  /** GSI2: a round's reports by org path; a region is `begins_with(path)`. */
  reportsInRound: (roundId: string, orgPath: string) => ({ gsi2pk: `RPTS#${roundId}#`, gsi2sk: orgPath }),
  reportsInRoundPartition: (roundId: string) => `RPTS#${roundId}#`,
  /** GSI3 (sparse, while draft or returned): reports not yet (re)submitted, by org path. */
  reportsPending: (roundId: string, orgPath: string) => ({ gsi3pk: `RPEND#${roundId}#`, gsi3sk: orgPath }),
  reportsPendingPartition: (roundId: string) => `RPEND#${roundId}#`,

  /**
   * A region's counters in a round, spread over shards with their own partition keys (each
   * shard is its own partition: no single partition takes every approval nationwide).
   * `TOTALS` sums approved reports; `PROGRESS` counts reports by state.
   */
  regionTotals: (roundId: string, regionId: string, shard: number): Key => ({ pk: `RAGG#${roundId}#${regionId}#${shard}#`, sk: 'TOTALS' }),
  regionProgress: (roundId: string, regionId: string, shard: number): Key => ({ pk: `RAGG#${roundId}#${regionId}#${shard}#`, sk: 'PROGRESS' }),

  /** Idempotency guard of one reminder click. */
  reminder: (roundId: string, orgId: string, requestId: string): Key => ({ pk: `RREMIND#${roundId}#${orgId}#`, sk: `${requestId}#` }),
} as const;
