import type { Org } from '@trellis/shared/org/org';
import { createSiteItemInput } from '@trellis/shared/site-items/schemas';
import { AuthRequired } from '../../errors';
import { route, Status } from '../../http/route';
import { createSiteItem } from '../write';

export const handler = route('siteItems.create', createSiteItemInput, async ({ input, target, state }) => {
  if (!state.auth) throw new AuthRequired();
  return new Status(201, await createSiteItem(state.auth.account, target<Org>().record, input));
});
