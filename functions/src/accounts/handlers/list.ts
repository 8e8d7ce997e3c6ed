import { accountsRoutes } from '@trellis/shared/accounts/routes';


import { listOrgMembers } from '../../adapters/dynamodb/account/account-store';
import { route } from '../../access/route';

export const handler = route(accountsRoutes.list, ({ input, target }) =>
  listOrgMembers(target().record.id, input.cursor),
);
