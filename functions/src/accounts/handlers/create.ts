import { accountsRoutes } from '@trellis/shared/accounts/routes';
import { route } from '../../access/route';
import { Status } from '../../http/status';
import { createAccount } from '../create-account';

export const handler = route(accountsRoutes.create, async ({ input, target }) =>
  new Status(201, await createAccount(target().record, input)),
);
