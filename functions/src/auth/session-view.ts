import type { SessionView } from '@trellis/shared/accounts/schemas';
import { pathIds } from '@trellis/shared/orgs/path';
import type { Membership } from '@trellis/shared/accounts/account-record';
import type { Org } from '@trellis/shared/orgs/org';
import { toAccountView } from '../adapters/dynamodb/account/account-store';
import { getOrgs } from '../adapters/dynamodb/org/org-store';
import { waitingFor } from '@trellis/shared/todo/waiting';

/** The memberships whose org and every ancestor are active, given the orgs on their paths. */
export function activeAmong(memberships: Membership[], orgs: Map<string, Org>) {
  const active = memberships.filter((m) => pathIds(m.orgPath).every((id) => orgs.get(id)?.status === 'active'));
  return { active, orgs };
}

/** The memberships whose org and every ancestor are active (one BatchGet over all paths). */
export async function activeMemberships(memberships: Membership[]) {
  return activeAmong(memberships, await getOrgs(memberships.flatMap((m) => pathIds(m.orgPath))));
}

/** What the web shows of the signed-in person: the account and memberships with org names. */
export async function sessionView(
  account: object,
  memberships: Membership[],
  known?: Awaited<ReturnType<typeof activeMemberships>>,
  todo?: Map<string, Record<string, unknown>>,
): Promise<SessionView> {
  const { active, orgs } = known ?? (await activeMemberships(memberships));
  return {
    account: toAccountView(account),
    memberships: active.map((m) => ({
      orgId: m.orgId,
      orgName: orgs.get(m.orgId)?.name ?? '',
      orgPath: m.orgPath,
      roles: m.roles,
      ...(todo ? { waiting: waitingFor(m.roles, todo.get(m.orgId)) } : {}),
    })),
  };
}
