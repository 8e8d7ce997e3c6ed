import { publicViewKeys } from '@trellis/shared/data/keys-public-views';
import { sha256 } from '../../../security/tokens';
import { putIfAbsent } from '../table/put-if-absent';

const DAY_MS = 24 * 60 * 60 * 1000;
const CHINA_OFFSET_MS = 8 * 60 * 60 * 1000;

/** The calendar day in China (UTC+8) of an instant, e.g. 2026-11-29. */
export function chinaDay(now: number): string {
  return new Date(now + CHINA_OFFSET_MS).toISOString().slice(0, 10);
}

/**
 * Marks that this visitor (by a hash of the client IP, never the IP itself) viewed this
 * resource today: true the first time, false for every later view the same day.
 */
export function firstViewToday(resourceId: string, clientIp: string, now = Date.now()): Promise<boolean> {
  return firstViewOfDay(resourceId, clientIp, 'publicView', now);
}

/**
 * The one guard behind every view count: true the first time `viewer` (hashed with the China
 * day, never stored as is) opens the resource that day. One conditional put; the guard
 * expires with the table's TTL two days later.
 */
export function firstViewOfDay(resourceId: string, viewer: string, entity: string, now: number): Promise<boolean> {
  const day = chinaDay(now);
  const hashed = sha256(`${day}|${viewer}`).slice(0, 32);
  return putIfAbsent({ ...publicViewKeys.resourceView(resourceId, day, hashed), entity, ttl: Math.ceil((now + 2 * DAY_MS) / 1000) });
}
