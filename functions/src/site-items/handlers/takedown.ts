import { siteItemsRoutes } from '@trellis/shared/site-items/routes';


import { AuthRequired } from '../../errors';
import { route } from '../../access/route';
import { takeDownItem } from '../decide';

export const handler = route(siteItemsRoutes.takedown, ({ input, target, actor, state }) => {
  if (!state.auth) throw new AuthRequired();
  const site = target();
  return takeDownItem(actor(), state.auth.account, site.record, site.pathOrgs, input.itemId, input.reason);
});
