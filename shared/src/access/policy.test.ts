import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { grantRoots, isAllowed, type Actor, type Grant } from './policy';
import { ACTIONS, ROLES, type Action, type Role } from './roles';
import { childPath } from '../orgs/path';

/**
 * Property tests: the policy against a naive reference that walks parent pointers instead
 * of comparing materialized paths, over random trees with random disabled orgs.
 */
interface Tree {
  ids: string[];
  parent: Map<string, string | null>;
  path: Map<string, string>;
}

/** Ids drawn from a tiny alphabet so that prefixes collide often (`a`, `ab`, `a-b`). */
const idArb = fc.stringMatching(/^[ab][ab-]{0,3}$/);

const treeArb = fc.uniqueArray(idArb, { minLength: 1, maxLength: 14 }).chain((ids) =>
  fc.tuple(fc.constant(ids), fc.array(fc.nat(), { minLength: ids.length, maxLength: ids.length })).map(([list, picks]) => {
    const parent = new Map<string, string | null>();
    const path = new Map<string, string>();
    list.forEach((id, i) => {
      const p = i === 0 ? null : (list[(picks[i] ?? 0) % i] ?? null);
      parent.set(id, p);
      path.set(id, childPath(p === null ? null : (path.get(p) ?? null), id));
    });
    return { ids: list, parent, path } satisfies Tree;
  }),
);

function ancestorsOrSelf(tree: Tree, id: string): string[] {
  const out: string[] = [];
  for (let cur: string | null | undefined = id; cur; cur = tree.parent.get(cur)) out.push(cur);
  return out;
}

function reference(tree: Tree, actor: Actor, action: Action, targetId: string, disabled: Set<string>): boolean {
  if (actor.accountStatus !== 'active') return false;
  const chain = ancestorsOrSelf(tree, targetId);
  const { roles, below, onDisabledTarget } = ACTIONS[action];
  if (chain.some((id) => disabled.has(id) && id !== targetId)) return false;
  const targetDisabled = disabled.has(targetId);
  if (targetDisabled && !onDisabledTarget) return false;
  return actor.grants.some(
    (g) =>
      (roles as readonly Role[]).includes(g.role) &&
      chain.includes(g.orgId) &&
      (!(below || targetDisabled) || g.orgId !== targetId),
  );
}

const caseArb = treeArb.chain((tree) =>
  fc.record({
    tree: fc.constant(tree),
    grants: fc.array(fc.record({ org: fc.constantFrom(...tree.ids), role: fc.constantFrom(...ROLES) }), { maxLength: 4 }),
    target: fc.constantFrom(...tree.ids),
    disabled: fc.subarray(tree.ids, { maxLength: Math.min(3, tree.ids.length) }),
    accountActive: fc.boolean(),
    action: fc.constantFrom(...(Object.keys(ACTIONS) as Action[])),
  }),
);

describe('access policy', () => {
  it('agrees with the parent-walking reference on random trees', () => {
    fc.assert(
      fc.property(caseArb, (c) => {
        const grants: Grant[] = c.grants.map((g) => ({ orgId: g.org, orgPath: c.tree.path.get(g.org) ?? '', role: g.role }));
        const actor: Actor = { accountId: 'u', accountStatus: c.accountActive ? 'active' : 'disabled', grants };
        const disabled = new Set(c.disabled);
        const target = { path: c.tree.path.get(c.target) ?? '' };
        expect(isAllowed(actor, c.action, target, disabled)).toBe(reference(c.tree, actor, c.action, c.target, disabled));
      }),
      { numRuns: 12_000 },
    );
  });

  it('never lets an org id match a longer id that starts with it (acme vs acme-corp)', () => {
    const actor: Actor = {
      accountId: 'u', accountStatus: 'active', grants: [{ orgId: 'acme', orgPath: '/root/acme/', role: 'admin' }],
    };
    expect(isAllowed(actor, 'org.update', { path: '/root/acme-corp/' }, new Set())).toBe(false);
    expect(isAllowed(actor, 'org.update', { path: '/root/acme-corp/x/' }, new Set())).toBe(false);
    expect(isAllowed(actor, 'org.update', { path: '/root/acme/x/' }, new Set())).toBe(true);
  });

  it('refuses everything under a disabled org, and a disabled account everywhere', () => {
    const actor: Actor = { accountId: 'u', accountStatus: 'active', grants: [{ orgId: 'n', orgPath: '/n/', role: 'admin' }] };
    expect(isAllowed(actor, 'org.read', { path: '/n/p/s/' }, new Set(['p']))).toBe(false);
    expect(isAllowed(actor, 'org.read', { path: '/n/q/' }, new Set(['p']))).toBe(true);
    expect(isAllowed({ ...actor, accountStatus: 'disabled' }, 'org.read', { path: '/n/q/' }, new Set())).toBe(false);
  });

  it('does not let an admin disable their own org, only orgs below it', () => {
    const actor: Actor = { accountId: 'u', accountStatus: 'active', grants: [{ orgId: 'p', orgPath: '/n/p/', role: 'admin' }] };
    expect(isAllowed(actor, 'org.disable', { path: '/n/p/' }, new Set())).toBe(false);
    expect(isAllowed(actor, 'org.disable', { path: '/n/p/s/' }, new Set())).toBe(true);
  });

  it('lets a superior re-enable a disabled org, unless an org above it is disabled too', () => {
    const actor: Actor = { accountId: 'u', accountStatus: 'active', grants: [{ orgId: 'n', orgPath: '/n/', role: 'admin' }] };
    expect(isAllowed(actor, 'org.disable', { path: '/n/p/s/' }, new Set(['s']))).toBe(true);
    expect(isAllowed(actor, 'org.update', { path: '/n/p/s/' }, new Set(['s']))).toBe(false);
    expect(isAllowed(actor, 'org.disable', { path: '/n/p/s/' }, new Set(['p', 's']))).toBe(false);
    expect(isAllowed(actor, 'org.read', { path: '/n/p/s/' }, new Set(['s']))).toBe(true);
  });

  it('keeps a disabled org\'s own people out of it, even for reading', () => {
    const own: Actor = { accountId: 'u', accountStatus: 'active', grants: [{ orgId: 's', orgPath: '/n/p/s/', role: 'admin' }] };
    expect(isAllowed(own, 'org.read', { path: '/n/p/s/' }, new Set(['s']))).toBe(false);
    expect(isAllowed(own, 'org.read', { path: '/n/p/s/t/' }, new Set(['s']))).toBe(false);
  });

  it('reduces granting orgs to the topmost roots', () => {
    const actor: Actor = {
      accountId: 'u', accountStatus: 'active',
      grants: [
        { orgId: 'p', orgPath: '/n/p/', role: 'admin' },
        { orgId: 's', orgPath: '/n/p/s/', role: 'admin' },
        { orgId: 'q', orgPath: '/n/q/', role: 'member' },
      ],
    };
    expect(grantRoots(actor, 'application.decide').map((g) => g.orgId)).toEqual(['p']);
  });
});
