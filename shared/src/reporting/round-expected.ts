import type { ReportRound } from './rounds';

/** A round's expected count as `regionId` sees it: its own orgs when recorded, else the round's (zod-free: the browser uses it). */
export const expectedIn = (round: Pick<ReportRound, 'expected' | 'expectedByRegion'>, regionId: string): number =>
  round.expectedByRegion ? (round.expectedByRegion[regionId] ?? 0) : round.expected;
