import { isRoundOpening, isWindowOpen, type ReportRound } from '@trellis/shared/reporting/rounds';
import { listRounds } from '../adapters/dynamodb/report-round/report-round-store';

/** Rounds change a few times a year: a warm container reuses the list for this long. */
export const ROUND_LIST_TTL_MS = 60_000;
let cached: { at: number; rounds: ReportRound[] } | null = null;

/** The rounds open today (written, window open), from a list at most a minute old. */
export async function openRoundsNow(now = new Date()): Promise<ReportRound[]> {
  if (!cached || now.getTime() - cached.at > ROUND_LIST_TTL_MS || now.getTime() < cached.at) {
    cached = { at: now.getTime(), rounds: await listRounds() };
  }
  return cached.rounds.filter((r) => !isRoundOpening(r) && isWindowOpen(r, now));
}

/** Test hook: forget the cached list. */
export function forgetRoundList(): void {
  cached = null;
}
