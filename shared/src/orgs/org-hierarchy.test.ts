import { describe, expect, it } from 'vitest';
import { ORG_TYPES } from './org-types';
import { CHILD_TYPES, holdsOrgs, mayHold } from './org-hierarchy';

describe('which org types may sit under which', () => {
  it('keeps member units leaves and lets only a society stand at the top', () => {
    for (const unit of ['school', 'technician_college', 'group', 'research_centre'] as const) {
      expect(holdsOrgs(unit)).toBe(false);
      for (const child of ORG_TYPES) expect(mayHold(unit, child)).toBe(false);
    }
    expect(ORG_TYPES.filter((t) => mayHold(null, t))).toEqual(['society']);
    expect(mayHold('society', 'society')).toBe(true);
    expect(mayHold('association', 'society')).toBe(false);
    expect(mayHold('association', 'school')).toBe(true);
  });

  it('names only known types', () => {
    for (const children of Object.values(CHILD_TYPES)) for (const c of children) expect(ORG_TYPES).toContain(c);
  });
});
