import type { Actor } from '@trellis/shared/access/policy';
import type { AccountView, UpdateAccountInput } from '@trellis/shared/accounts/schemas';
import type { AccountRecord } from '@trellis/shared/accounts/account-record';
import { getAccountWithMemberships, toAccountView } from '../adapters/dynamodb/account/account-store';
import { updateAccount } from '../adapters/dynamodb/account/account-writes';
import { AccessDenied, ValidationError } from '../errors';

/** Edits a subordinate's account; nobody disables their own account. */
export async function changeAccount(actor: Actor, account: AccountRecord, input: UpdateAccountInput): Promise<AccountView> {
  if (input.status === 'disabled' && account.id === actor.accountId) {
    throw new ValidationError({ status: ['account.cannot_disable_self'] });
  }
  const phone = input.phone === undefined ? undefined : input.phone || null;
  // A number set by an admin is not verified until its owner enters the code sent to it.
  const phoneVerified = phone === undefined || phone === account.phone ? undefined : false;
  await updateAccount(account, input.expectedVersion, { displayName: input.displayName, phone, phoneVerified, status: input.status });
  const loaded = await getAccountWithMemberships(account.id);
  if (!loaded) throw new AccessDenied();
  return toAccountView(loaded.account);
}
