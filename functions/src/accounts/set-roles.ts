import type { Role } from '@trellis/shared/access/roles';
import type { RoleChange } from '@trellis/shared/accounts/views';
import type { Org } from '@trellis/shared/orgs/org';
import { setMembership } from '../adapters/dynamodb/account/account-writes';

/**
 * Sets the roles an account holds at `org` (that the actor manages the account itself is the
 * route's declared scope check). The write is conditional on the membership version the
 * caller saw (`expectedVersion`): concurrent edits never overwrite.
 */
export async function setRoles(org: Org, accountId: string, roles: Role[], expectedVersion: number): Promise<RoleChange> {
  const unique = [...new Set(roles)];
  const version = await setMembership({ accountId, orgId: org.id, orgPath: org.path, roles: unique }, expectedVersion);
  return { orgId: org.id, accountId, roles: unique, version };
}
