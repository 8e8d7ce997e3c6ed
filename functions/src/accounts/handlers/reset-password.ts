import { accountIdParams } from '@trellis/shared/account/schemas';
import type { AccountRecord } from '../../adapters/dynamodb/account-store';
import { setPassword } from '../../adapters/dynamodb/account-writes';
import { route } from '../../http/route';
import { hashPassword } from '../../security/password-hash';
import { temporaryPassword } from '../../security/tokens';

/** A superior admin resets a password: a temporary one, to be changed at next login. */
export const handler = route('accounts.resetPassword', accountIdParams, async ({ target }) => {
  const { account } = target<{ account: AccountRecord }>().record;
  const temp = temporaryPassword();
  await setPassword(account.id, await hashPassword(temp), true);
  return { temporaryPassword: temp };
});
