import { siteItemsRoutes } from '@trellis/shared/site-items/routes';


import { AuthRequired } from '../../errors';
import { route } from '../../access/route';
import { updateSiteItem } from '../write';

export const handler = route(siteItemsRoutes.update, ({ input, target, state }) => {
  if (!state.auth) throw new AuthRequired();
  return updateSiteItem(state.auth.account, target().record, input);
});
