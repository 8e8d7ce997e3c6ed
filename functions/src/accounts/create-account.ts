import type { CreateAccountInput, AccountView } from '@trellis/shared/accounts/schemas';
import type { Org } from '@trellis/shared/orgs/org';
import type { AccountRecord, Membership } from '@trellis/shared/accounts/account-record';
import { putAccountItems, toAccountView } from '../adapters/dynamodb/account/account-store';
import { transact } from '../adapters/dynamodb/table/transact';
import { hashPassword } from '../security/password-hash';
import { newId } from '../security/tokens';

/** A new account whose home is `org`, with its roles there; the password is temporary. */
export function newAccount(
  org: Pick<Org, 'id' | 'path'>,
  fields: { username: string; displayName: string; phone?: string | null; passwordHash: string },
  opts: { mustChangePassword: boolean; phoneVerified?: boolean },
): AccountRecord {
  return {
    id: newId('u', 12),
    username: fields.username,
    displayName: fields.displayName,
    phone: fields.phone || null,
    phoneVerified: opts.phoneVerified ?? false,
    smsOptOut: false,
    status: 'active',
    homeOrgId: org.id,
    homeOrgPath: org.path,
    mustChangePassword: opts.mustChangePassword,
    passwordHash: fields.passwordHash,
    createdAt: new Date().toISOString(),
    version: 1,
  };
}

export async function createAccount(org: Org, input: CreateAccountInput): Promise<AccountView> {
  const account = newAccount(org, { ...input, passwordHash: await hashPassword(input.password) }, { mustChangePassword: true });
  const membership: Membership = { accountId: account.id, orgId: org.id, orgPath: org.path, roles: input.roles };
  await transact(putAccountItems(account, membership));
  return toAccountView(account);
}
