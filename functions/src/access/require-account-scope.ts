import { isAllowedOnAccount, accountScopeOrgIds, type AccountScope } from '@trellis/shared/access/account-scope';
import type { Actor } from '@trellis/shared/access/policy';
import type { Action } from '@trellis/shared/access/roles';
import { getOrgs } from '../adapters/dynamodb/org/org-store';
import { AccessDenied } from '../errors';

/**
 * The account policy against the database: loads every org on the account's home path and
 * membership paths (one BatchGet) to know which are disabled, then asks the shared policy.
 * Refused is answered like "missing" (403), so an account's existence never leaks.
 */
export async function requireAccountScope(actor: Actor, action: Action, account: AccountScope): Promise<void> {
  const ids = accountScopeOrgIds(account);
  const orgs = await getOrgs(ids);
  const disabled = new Set(ids.filter((id) => orgs.get(id)?.status !== 'active'));
  if (!isAllowedOnAccount(actor, action, account, disabled)) throw new AccessDenied();
}
