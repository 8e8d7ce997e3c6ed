import { isAllowed, type Actor } from './policy';
import { roleGrants, type Action, type Role } from './roles';
import { isSelfOrAncestorPath, pathIds } from '../orgs/path';

/** The parts of an account that decide who may act on it: its home org and every membership. */
export interface AccountScope {
  homeOrgPath: string;
  memberships: { orgPath: string; roles: readonly Role[] }[];
}

/** Every org path an account reaches (home and memberships); the orgs on them decide `disabled`. */
export function accountScopePaths(account: AccountScope): string[] {
  return [...new Set([account.homeOrgPath, ...account.memberships.map((m) => m.orgPath)])];
}

/** Every org id on the account's paths (the orgs to load to know which are disabled). */
export function accountScopeOrgIds(account: AccountScope): string[] {
  return [...new Set(accountScopePaths(account).flatMap(pathIds))];
}

/**
 * The policy for acting on an account (edit, disable, reset its password, set its roles):
 * the actor must be allowed `action` at the account's home org AND at every org where it
 * holds a membership (a role granted later at a higher org lifts the account out of a
 * lower admin's reach). Where the account holds `admin`, only roles held strictly above
 * that org count: superiors manage admins, fellow admins (and the admin themselves) do not.
 */
export function isAllowedOnAccount(
  actor: Actor,
  action: Action,
  account: AccountScope,
  disabledOrgIds: ReadonlySet<string>,
): boolean {
  if (!accountScopePaths(account).every((path) => isAllowed(actor, action, { path }, disabledOrgIds))) return false;
  return account.memberships
    .filter((m) => m.roles.includes('admin'))
    .every((m) =>
      actor.grants.some(
        (g) => roleGrants(g.role, action) && g.orgPath !== m.orgPath && isSelfOrAncestorPath(g.orgPath, m.orgPath),
      ),
    );
}
