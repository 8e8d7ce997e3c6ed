/** Kinds and states of organizations, without zod, so the browser bundle stays small. */
export const ORG_TYPES = [
  'society',
  'association',
  'branch',
  'school',
  'technician_college',
  'group',
  'research_centre',
  'government_office',
] as const;
export type OrgType = (typeof ORG_TYPES)[number];

export const ORG_STATUSES = ['active', 'disabled'] as const;
export type OrgStatus = (typeof ORG_STATUSES)[number];
