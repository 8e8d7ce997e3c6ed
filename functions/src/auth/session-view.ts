import type { SessionView } from '@trellis/shared/accounts/schemas';
import { pathIds } from '@trellis/shared/orgs/path';
import type { AccountRecord, Membership } from '@trellis/shared/accounts/account-record';
import { toAccountView } from '../adapters/dynamodb/account/account-store';
import { getOrgs } from '../adapters/dynamodb/org/org-store';

/** The memberships whose org and every ancestor are active (one BatchGet over all paths). */
export async function activeMemberships(memberships: Membership[]) {
  const orgs = await getOrgs(memberships.flatMap((m) => pathIds(m.orgPath)));
  const active = memberships.filter((m) => pathIds(m.orgPath).every((id) => orgs.get(id)?.status === 'active'));
  return { active, orgs };
}

/** What the web shows of the signed-in person: the account and memberships with org names. */
export async function sessionView(
  account: AccountRecord,
  memberships: Membership[],
  known?: Awaited<ReturnType<typeof activeMemberships>>,
): Promise<SessionView> {
  const { active, orgs } = known ?? (await activeMemberships(memberships));
  return {
    account: toAccountView(account),
    memberships: active.map((m) => ({
      orgId: m.orgId,
      orgName: orgs.get(m.orgId)?.name ?? '',
      orgPath: m.orgPath,
      roles: m.roles,
    })),
  };
}
