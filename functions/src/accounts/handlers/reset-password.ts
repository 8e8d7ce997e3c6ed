import { accountsRoutes } from '@trellis/shared/accounts/routes';


import { setPassword } from '../../adapters/dynamodb/account/account-writes';
import { route } from '../../access/route';
import { hashPassword } from '../../security/password-hash';
import { temporaryPassword } from '../../security/tokens';

/** A superior admin resets a password: a temporary one, to be changed at next login. */
export const handler = route(accountsRoutes.resetPassword, async ({ target }) => {
  const { account } = target().record;
  const temp = temporaryPassword();
  await setPassword(account.id, await hashPassword(temp), true);
  return { temporaryPassword: temp };
});
