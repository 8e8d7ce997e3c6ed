import { siteItemsRoutes } from '@trellis/shared/site-items/routes';


import { AuthRequired } from '../../errors';
import { route } from '../../access/route';
import { Status } from '../../http/status';
import { createSiteItem } from '../write';

export const handler = route(siteItemsRoutes.create, async ({ input, target, state }) => {
  if (!state.auth) throw new AuthRequired();
  return new Status(201, await createSiteItem(state.auth.account, target().record, input));
});
