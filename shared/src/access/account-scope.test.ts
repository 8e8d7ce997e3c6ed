import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isAllowedOnAccount, type AccountScope } from './account-scope';
import { isAllowed, type Actor } from './policy';
import { ROLES, type Role } from './roles';

/** A fixed tree: n > p > s, n > q; `ab` is a sibling whose id starts like `a`. */
const PATHS = ['/n/', '/n/p/', '/n/p/s/', '/n/q/', '/n/a/', '/n/ab/'];
const idOf = (path: string) => path.split('/').filter(Boolean).at(-1) ?? '';
const admin = (path: string): Actor => ({ accountId: 'x', accountStatus: 'active', grants: [{ orgId: idOf(path), orgPath: path, role: 'admin' }] });
const account = (home: string, memberships: [string, Role[]][]): AccountScope => ({
  homeOrgPath: home,
  memberships: memberships.map(([orgPath, roles]) => ({ orgPath, roles })),
});

describe('account policy', () => {
  it('checks the home org and every membership (a later promotion above lifts the account out of reach)', () => {
    const teacher = account('/n/p/s/', [['/n/p/s/', ['teacher']]]);
    expect(isAllowedOnAccount(admin('/n/p/s/'), 'account.manage', teacher, new Set())).toBe(true);
    const promoted = account('/n/p/s/', [['/n/p/s/', ['teacher']], ['/n/p/', ['admin']]]);
    expect(isAllowedOnAccount(admin('/n/p/s/'), 'account.manage', promoted, new Set())).toBe(false);
    const expertElsewhere = account('/n/p/s/', [['/n/p/s/', ['teacher']], ['/n/q/', ['expert']]]);
    expect(isAllowedOnAccount(admin('/n/p/'), 'account.manage', expertElsewhere, new Set())).toBe(false);
    expect(isAllowedOnAccount(admin('/n/'), 'account.manage', expertElsewhere, new Set())).toBe(true);
  });

  it('lets only admins strictly above an admin org manage its admins', () => {
    const schoolAdmin = account('/n/p/s/', [['/n/p/s/', ['admin', 'leader']]]);
    expect(isAllowedOnAccount(admin('/n/p/s/'), 'account.manage', schoolAdmin, new Set())).toBe(false);
    expect(isAllowedOnAccount(admin('/n/p/'), 'account.manage', schoolAdmin, new Set())).toBe(true);
    const aAdmin = account('/n/a/', [['/n/a/', ['admin']]]);
    expect(isAllowedOnAccount(admin('/n/a/'), 'account.manage', aAdmin, new Set())).toBe(false);
    expect(isAllowedOnAccount(admin('/n/ab/'), 'account.manage', aAdmin, new Set())).toBe(false);
  });

  it('never allows more than the plain policy on each of the account\'s orgs, and a membership never widens access', () => {
    const pathArb = fc.constantFrom(...PATHS);
    const arb = fc.record({
      grants: fc.array(fc.record({ path: pathArb, role: fc.constantFrom(...ROLES) }), { maxLength: 3 }),
      home: pathArb,
      memberships: fc.array(fc.tuple(pathArb, fc.subarray([...ROLES], { minLength: 1 })), { maxLength: 3 }),
      extra: fc.tuple(pathArb, fc.subarray([...ROLES], { minLength: 1 })),
      disabled: fc.subarray(PATHS.map(idOf), { maxLength: 2 }),
    });
    fc.assert(
      fc.property(arb, (c) => {
        const actor: Actor = { accountId: 'x', accountStatus: 'active', grants: c.grants.map((g) => ({ orgId: idOf(g.path), orgPath: g.path, role: g.role })) };
        const disabled = new Set(c.disabled);
        const scope = account(c.home, c.memberships);
        const allowed = isAllowedOnAccount(actor, 'account.manage', scope, disabled);
        if (allowed) {
          for (const path of [c.home, ...c.memberships.map(([p]) => p)]) expect(isAllowed(actor, 'account.manage', { path }, disabled)).toBe(true);
        }
        const wider = isAllowedOnAccount(actor, 'account.manage', account(c.home, [...c.memberships, c.extra]), disabled);
        expect(!wider || allowed).toBe(true);
      }),
      { numRuns: 3_000 },
    );
  });
});
