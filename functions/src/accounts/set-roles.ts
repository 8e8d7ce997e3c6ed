import { isAllowed, type Actor } from '@trellis/shared/access/policy';
import type { Role } from '@trellis/shared/access/roles';
import type { Org } from '@trellis/shared/org/org';
import { pathIds } from '@trellis/shared/org/path';
import { getAccountWithMemberships } from '../adapters/dynamodb/account-store';
import { setMembership } from '../adapters/dynamodb/account-writes';
import { getOrgs } from '../adapters/dynamodb/org-store';
import { AccessDenied } from '../errors';

/**
 * Sets the roles an account holds at `org`. The account itself must also be one the
 * actor manages (its home org within the actor's scope), checked by the same policy.
 */
export async function setRoles(actor: Actor, org: Org, accountId: string, roles: Role[]) {
  const loaded = await getAccountWithMemberships(accountId);
  if (!loaded) throw new AccessDenied();
  const homePath = loaded.account.homeOrgPath;
  const ids = pathIds(homePath);
  const orgs = await getOrgs(ids);
  const disabled = new Set(ids.filter((id) => orgs.get(id)?.status !== 'active'));
  if (!isAllowed(actor, 'account.manage', { path: homePath }, disabled)) throw new AccessDenied();
  const unique = [...new Set(roles)];
  await setMembership({ accountId, orgId: org.id, orgPath: org.path, roles: unique });
  return { orgId: org.id, accountId, roles: unique };
}
