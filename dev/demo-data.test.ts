import { describe, expect, it } from 'vitest';
import { mayHold } from '@trellis/shared/orgs/org-hierarchy';
import { DEMO_ORGS } from './demo-data';

describe('the demo hierarchy', () => {
  it('is obeyed by every demo org', () => {
    const byId = new Map(DEMO_ORGS.map((o) => [o.id, o]));
    const broken = DEMO_ORGS.filter((o) => {
      const parent = o.parent === null ? null : byId.get(o.parent);
      return parent === undefined || !mayHold(parent?.type ?? null, o.type);
    });
    expect(broken.map((o) => `${o.name} under ${o.parent}`)).toEqual([]);
  });

  it('lists parents before their children (the seed creates them in this order)', () => {
    const seen = new Set<string>();
    for (const o of DEMO_ORGS) {
      if (o.parent) expect(seen.has(o.parent), o.id).toBe(true);
      seen.add(o.id);
    }
  });
});
