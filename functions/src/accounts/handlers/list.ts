import { accountsRoutes } from '@trellis/shared/accounts/routes';
import { route } from '../../access/route';
import { orgAccounts } from '../list-accounts';

export const handler = route(accountsRoutes.list, ({ input, target }) => orgAccounts(target().record.id, input.cursor));
