import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ROLES } from '../access/roles';
import { ORG_TYPES } from '../orgs/org-types';
import { childPath } from '../orgs/path';
import { resolveRecipients, type Candidate } from './targeting';
import { noticeTargetsSchema, type NoticeTargets } from './schemas';

/** A naive reference: walk parent pointers, check each person against each rule. */
function naive(
  candidates: Candidate[],
  parent: Map<string, string | null>,
  t: NoticeTargets,
): Set<string> {
  const under = (org: string, root: string) => {
    for (let cur: string | null | undefined = org; cur; cur = parent.get(cur)) if (cur === root) return true;
    return false;
  };
  const out = new Set<string>();
  for (const c of candidates) {
    const orgMatch = t.orgs.includes(c.orgId) || t.subtrees.some((s) => under(c.orgId, s));
    const typeMatch = t.orgTypes.length === 0 || t.orgTypes.includes(c.orgType);
    const roleMatch = t.roles.length === 0 || c.roles.some((r) => t.roles.includes(r));
    if ((orgMatch && typeMatch && roleMatch) || t.people.includes(c.accountId)) out.add(c.accountId);
  }
  return out;
}

const world = fc
  .array(fc.nat(), { minLength: 1, maxLength: 12 })
  .chain((parents) => {
    const ids = parents.map((_, i) => `o${i}`);
    const parent = new Map<string, string | null>();
    const path = new Map<string, string>();
    ids.forEach((id, i) => {
      const p = i === 0 ? null : (ids[(parents[i] ?? 0) % i] ?? null);
      parent.set(id, p);
      path.set(id, childPath(p ? (path.get(p) ?? null) : null, id));
    });
    const candidate = fc.record({
      accountId: fc.constantFrom('a', 'b', 'c', 'd', 'e', 'f'),
      orgId: fc.constantFrom(...ids),
      orgType: fc.constantFrom(...ORG_TYPES.slice(0, 3)),
      roles: fc.subarray([...ROLES], { minLength: 1, maxLength: 2 }),
    });
    return fc.record({
      ids: fc.constant(ids),
      parent: fc.constant(parent),
      path: fc.constant(path),
      candidates: fc.array(candidate, { maxLength: 20 }),
      targets: fc.record({
        subtrees: fc.subarray(ids, { maxLength: Math.min(2, ids.length) }),
        orgs: fc.subarray(ids, { maxLength: Math.min(2, ids.length) }),
        orgTypes: fc.subarray([...ORG_TYPES.slice(0, 3)], { maxLength: 2 }),
        roles: fc.subarray([...ROLES], { maxLength: 2 }),
        people: fc.subarray(['a', 'b', 'c', 'd', 'e', 'f'], { maxLength: 2 }),
      }),
    });
  });

describe('notice targeting', () => {
  it('resolves exactly the recipients the naive reference finds, each once', () => {
    fc.assert(
      fc.property(world, (w) => {
        const candidates: Candidate[] = w.candidates.map((c) => ({ ...c, orgPath: w.path.get(c.orgId) ?? '' }));
        const resolved = resolveRecipients(candidates, w.targets, w.path);
        const ids = resolved.map((r) => r.accountId);
        expect(new Set(ids).size).toBe(ids.length);
        expect(new Set(ids)).toEqual(naive(candidates, w.parent, w.targets));
      }),
      { numRuns: 3000 },
    );
  });

  it('needs at least one org, subtree or person', () => {
    expect(noticeTargetsSchema.safeParse({ roles: ['admin'] }).error?.issues[0]?.message).toBe('targets.required');
  });
});
