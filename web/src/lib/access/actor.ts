import type { SessionView } from '@trellis/shared/accounts/schemas';
import { isAllowed, type Actor, type Grant } from '@trellis/shared/access/policy';
import type { Action } from '@trellis/shared/access/roles';
import { pathIds } from '@trellis/shared/orgs/path';

/** The policy's actor for a session: one grant per (membership, role). */
export function actorOf(session: SessionView): Actor {
  const grants: Grant[] = session.memberships.flatMap((m) =>
    m.roles.map((role) => ({ orgId: m.orgId, orgPath: m.orgPath, role })),
  );
  return { accountId: session.account.id, accountStatus: session.account.status, grants };
}

export interface TargetOrg {
  id: string;
  path: string;
  status: 'active' | 'disabled';
}

/**
 * Whether to show a control for `action` on `org`. Only the org's own status is known to the
 * web (the API is the authority and re-checks every request). Re-enabling a disabled org is
 * judged as if it were active, since the action exists to undo the disable.
 */
export function can(session: SessionView | null, action: Action, org: TargetOrg, opts: { reenable?: boolean } = {}): boolean {
  if (!session) return false;
  const disabled = new Set<string>();
  if (org.status === 'disabled' && !opts.reenable) disabled.add(org.id);
  return isAllowed(actorOf(session), action, { path: org.path }, disabled);
}

/** The membership orgs where the session may take `action` (e.g. decide applications). */
export function membershipsAllowing(session: SessionView, action: Action) {
  return session.memberships.filter((m) => {
    const id = pathIds(m.orgPath).at(-1) ?? m.orgId;
    return can(session, action, { id, path: m.orgPath, status: 'active' });
  });
}
