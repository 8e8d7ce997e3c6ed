import { isRoundOpening, type ReportRound } from '@trellis/shared/reporting/rounds';
import { getRound } from '../adapters/dynamodb/report-round/report-round-store';
import { Conflict, NotFound } from '../errors';

/**
 * Rounds never change once open, so a container keeps them for a minute: a draft save
 * then costs one write, not a read and a write. A round still `opening` is not kept (it
 * becomes open in a moment).
 */
const TTL_MS = 60_000;
const cache = new Map<string, { round: ReportRound; until: number }>();

export async function requireRound(roundId: string, now = Date.now()): Promise<ReportRound> {
  const hit = cache.get(roundId);
  if (hit && hit.until > now) return hit.round;
  const round = await getRound(roundId);
  if (!round) throw new NotFound('round.not_found');
  if (!isRoundOpening(round)) cache.set(roundId, { round, until: now + TTL_MS });
  return round;
}

/** The round, refusing writes to its reports while its expected reports are still being created. */
export async function requireOpenRound(roundId: string): Promise<ReportRound> {
  const round = await requireRound(roundId);
  if (isRoundOpening(round)) throw new Conflict('round.opening');
  return round;
}
