/** Keys of member units (issue 6). Same conventions as keys.ts: every segment ends with `#`. */
export const memberKeys = {
  memberUnit: (id: string) => ({ pk: `MEMBERUNIT#${id}#`, sk: 'MEMBERUNIT' }),
  /** Uniqueness guard: one live application or membership per code and org. */
  memberCode: (orgId: string, code: string) => ({ pk: `MEMBERCODE#${orgId}#${code}#`, sk: 'MEMBERCODE' }),
  /** GSI1: an org's member units by status, then by time (submitted, joined or ended). */
  memberUnitsByStatus: (orgId: string, status: string, at: string, id: string) => ({
    gsi1pk: `MEMBERUNITS#${orgId}#${status}#`,
    gsi1sk: `${at}#${id}#`,
  }),
  memberUnitsPartition: (orgId: string, status: string) => `MEMBERUNITS#${orgId}#${status}#`,
  /** The compact summary beside the org item: one BatchGet loads both. */
  memberUnitsSummary: (orgId: string) => ({ pk: `ORG#${orgId}#`, sk: 'MEMBERUNITS' }),
} as const;
