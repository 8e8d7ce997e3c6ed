import { siteItemsRoutes } from '@trellis/shared/site-items/routes';


import { AuthRequired } from '../../errors';
import { route } from '../../access/route';
import { approveItem } from '../decide';

export const handler = route(siteItemsRoutes.approve, ({ input, target, state }) => {
  if (!state.auth) throw new AuthRequired();
  return approveItem(state.auth.account, target().record, input.itemId, input.decision, input.reason);
});
