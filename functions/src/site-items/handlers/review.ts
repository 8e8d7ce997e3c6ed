import { siteItemsRoutes } from '@trellis/shared/site-items/routes';


import { AuthRequired } from '../../errors';
import { route } from '../../access/route';
import { reviewItem } from '../decide';

export const handler = route(siteItemsRoutes.review, ({ input, target, state }) => {
  if (!state.auth) throw new AuthRequired();
  return reviewItem(state.auth.account, target().record, input.itemId, input.decision, input.reason);
});
