import { siteItemsRoutes } from '@trellis/shared/site-items/routes';


import { AuthRequired } from '../../errors';
import { route } from '../../access/route';
import { restoreItem } from '../decide';

export const handler = route(siteItemsRoutes.restore, ({ input, target, actor, state }) => {
  if (!state.auth) throw new AuthRequired();
  return restoreItem(actor(), state.auth.account, target().record, input.itemId, input.reason);
});
