import type { Actor } from '@trellis/shared/access/policy';
import type { Role } from '@trellis/shared/access/roles';
import type { Org } from '@trellis/shared/orgs/org';
import { getAccountWithMemberships } from '../adapters/dynamodb/account/account-store';
import { setMembership } from '../adapters/dynamodb/account/account-writes';
import { AccessDenied } from '../errors';
import { requireAccountScope } from '../access/require-account-scope';

/**
 * Sets the roles an account holds at `org`. The account itself must also be one the
 * actor manages (its home org and every membership within the actor's scope, admins only
 * by superiors), checked by the shared account policy. The write is conditional on the
 * membership version the caller saw (`expectedVersion`): concurrent edits never overwrite.
 */
export async function setRoles(actor: Actor, org: Org, accountId: string, roles: Role[], expectedVersion: number) {
  const loaded = await getAccountWithMemberships(accountId);
  if (!loaded) throw new AccessDenied();
  await requireAccountScope(actor, 'account.manage', { homeOrgPath: loaded.account.homeOrgPath, memberships: loaded.memberships });
  const unique = [...new Set(roles)];
  const version = await setMembership({ accountId, orgId: org.id, orgPath: org.path, roles: unique }, expectedVersion);
  return { orgId: org.id, accountId, roles: unique, version };
}
