import { ACTIONS, roleGrants, type Action, type Role } from './roles';
import { isSelfOrAncestorPath, pathIds } from '../orgs/path';

/** A role held at one org (the org's materialized path identifies it and its ancestors). */
export interface Grant {
  orgId: string;
  orgPath: string;
  role: Role;
}

export interface Actor {
  accountId: string;
  accountStatus: 'active' | 'disabled';
  grants: Grant[];
}

export interface Target {
  /** Materialized path of the target org. */
  path: string;
}

/**
 * The one access policy. Allowed iff the account is active, no org on the target's path
 * is disabled (the target itself excepted for `onDisabledTarget` actions by roles held
 * strictly above it), and the actor holds a role granting `action` at the target org or one of
 * its ancestors (strictly an ancestor for `below` actions).
 * `disabledOrgIds` must cover at least the orgs on the target's path.
 */
export function isAllowed(
  actor: Actor,
  action: Action,
  target: Target,
  disabledOrgIds: ReadonlySet<string>,
): boolean {
  if (actor.accountStatus !== 'active') return false;
  const { below, onDisabledTarget } = ACTIONS[action];
  const ids = pathIds(target.path);
  if (ids.slice(0, -1).some((id) => disabledOrgIds.has(id))) return false;
  const targetDisabled = disabledOrgIds.has(ids.at(-1) ?? '');
  if (targetDisabled && !onDisabledTarget) return false;
  const strictlyAbove = below || targetDisabled;
  return actor.grants.some(
    (g) =>
      roleGrants(g.role, action) &&
      isSelfOrAncestorPath(g.orgPath, target.path) &&
      (!strictlyAbove || g.orgPath !== target.path),
  );
}

/** Orgs where the actor holds a role granting `action` (e.g. the roots of an approvals inbox). */
export function grantRoots(actor: Actor, action: Action): Grant[] {
  const granting = actor.grants.filter((g) => roleGrants(g.role, action));
  return granting.filter(
    (g) => !granting.some((o) => o.orgPath !== g.orgPath && isSelfOrAncestorPath(o.orgPath, g.orgPath)),
  );
}
