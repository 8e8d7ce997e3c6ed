import type { OrgType } from '../org/org-types';

/** The school year a date falls in: 1 September to 31 August, e.g. "2026-2027". */
export function schoolYear(date: Date): string {
  const y = date.getUTCFullYear();
  const start = date.getUTCMonth() >= 8 ? y : y - 1;
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
