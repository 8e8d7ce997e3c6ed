import type { Actor } from '@trellis/shared/access/policy';
import type { Role } from '@trellis/shared/access/roles';
import type { Org } from '@trellis/shared/org/org';
import { getAccountWithMemberships } from '../adapters/dynamodb/account-store';
import { setMembership } from '../adapters/dynamodb/account-writes';
import { AccessDenied } from '../errors';
import { requireAccess } from '../http/access-check';

/**
 * Sets the roles an account holds at `org`. The account itself must also be one the
 * actor manages (its home org within the actor's scope), checked by the same policy.
 */
export async function setRoles(actor: Actor, org: Org, accountId: string, roles: Role[]) {
  const loaded = await getAccountWithMemberships(accountId);
  if (!loaded) throw new AccessDenied();
  await requireAccess(actor, 'account.manage', loaded.account.homeOrgPath);
  const unique = [...new Set(roles)];
  await setMembership({ accountId, orgId: org.id, orgPath: org.path, roles: unique });
  return { orgId: org.id, accountId, roles: unique };
}
