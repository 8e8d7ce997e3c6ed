import { accountsRoutes } from '@trellis/shared/accounts/routes';
import { route } from '../../access/route';
import { changeAccount } from '../update-account';

export const handler = route(accountsRoutes.update, ({ input, target, actor }) =>
  changeAccount(actor(), target().record.account, input),
);
