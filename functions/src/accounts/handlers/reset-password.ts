import { accountsRoutes } from '@trellis/shared/accounts/routes';
import { route } from '../../access/route';
import { resetPassword } from '../reset-password';

/** A superior admin resets a password: a temporary one, to be changed at next login. */
export const handler = route(accountsRoutes.resetPassword, ({ target }) => resetPassword(target().record.account.id));
