import { siteItemsRoutes } from '@trellis/shared/site-items/routes';


import { AuthRequired } from '../../errors';
import { route } from '../../access/route';
import { recommendItem } from '../decide';

export const handler = route(siteItemsRoutes.recommend, ({ input, target, state }) => {
  if (!state.auth) throw new AuthRequired();
  const site = target();
  return recommendItem(state.auth.account, site.record, site.pathOrgs, input.itemId, input.reason);
});
