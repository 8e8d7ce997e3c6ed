import { accountsRoutes } from '@trellis/shared/accounts/routes';


import { route } from '../../access/route';
import { setRoles } from '../set-roles';

export const handler = route(accountsRoutes.roles, ({ input, target, actor }) =>
  setRoles(actor(), target().record, input.accountId, input.roles, input.expectedVersion),
);
