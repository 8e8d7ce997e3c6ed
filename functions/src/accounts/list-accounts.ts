import type { Page } from '@trellis/shared/orgs/org';
import type { AccountWithRoles } from '@trellis/shared/accounts/views';
import { listOrgMembers } from '../adapters/dynamodb/account/account-store';

/** One page of the accounts holding a role at an org, with their roles and membership version there. */
export function orgAccounts(orgId: string, cursor?: string): Promise<Page<AccountWithRoles>> {
  return listOrgMembers(orgId, cursor);
}
