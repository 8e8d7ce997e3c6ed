import { firstViewOfDay } from '../public-view/public-view-store';

/**
 * Marks that this signed-in account opened this resource today (China time): true the first
 * time, false for every later open the same day (reloads, hover preloads). One conditional
 * put of a guard that expires with the table's TTL two days later; the guard's key is a hash
 * that cannot collide with the public site's per-IP guards.
 */
export function firstAccountViewToday(resourceId: string, accountId: string, now = Date.now()): Promise<boolean> {
  return firstViewOfDay(resourceId, `account|${accountId}`, 'accountView', now);
}
