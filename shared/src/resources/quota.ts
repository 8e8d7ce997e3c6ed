import type { OrgType } from '../orgs/org-types';

/** China has one time zone, Asia/Shanghai: UTC+8 all year (no daylight saving). */
const SHANGHAI_OFFSET_MS = 8 * 60 * 60 * 1000;

/**
 * The school year an instant falls in, on the calendar of Asia/Shanghai: 1 September 00:00
 * to 31 August 24:00 China time, e.g. "2026-2027". A work counts in the year it is PUBLISHED.
 */
export function schoolYear(date: Date): string {
  const local = new Date(date.getTime() + SHANGHAI_OFFSET_MS);
  const y = local.getUTCFullYear();
  const start = local.getUTCMonth() >= 8 ? y : y - 1;
  return `${start}-${start + 1}`;
}

/**
 * Yearly contribution quota per kind of org (seed 001): technician colleges 8, research
 * groups 5, other schools 4. Kinds that are not contributors have none.
 */
export const YEARLY_QUOTA: Partial<Record<OrgType, number>> = {
  technician_college: 8,
  research_centre: 5,
  school: 4,
  group: 4,
};
