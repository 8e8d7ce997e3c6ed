import type { ReportRound } from '@trellis/shared/reporting/rounds';
import { getRound } from '../adapters/dynamodb/report-round-store';
import { NotFound } from '../errors';

/**
 * Rounds never change once opened, so a container keeps them for a minute: a draft save
 * then costs one write, not a read and a write.
 */
const TTL_MS = 60_000;
const cache = new Map<string, { round: ReportRound; until: number }>();

export async function requireRound(roundId: string, now = Date.now()): Promise<ReportRound> {
  const hit = cache.get(roundId);
  if (hit && hit.until > now) return hit.round;
  const round = await getRound(roundId);
  if (!round) throw new NotFound('round.not_found');
  cache.set(roundId, { round, until: now + TTL_MS });
  return round;
}
