import { accountsRoutes } from '@trellis/shared/accounts/routes';
import { route } from '../../access/route';
import { setRoles } from '../set-roles';

/** The account itself is checked by the row's declared `accountMemberships` scope. */
export const handler = route(accountsRoutes.roles, ({ input, target }) =>
  setRoles(target().record, input.accountId, input.roles, input.expectedVersion),
);
