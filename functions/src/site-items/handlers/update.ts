import type { Org } from '@trellis/shared/org/org';
import { updateSiteItemInput } from '@trellis/shared/site-items/schemas';
import { AuthRequired } from '../../errors';
import { route } from '../../http/route';
import { updateSiteItem } from '../write';

export const handler = route('siteItems.update', updateSiteItemInput, ({ input, target, state }) => {
  if (!state.auth) throw new AuthRequired();
  return updateSiteItem(state.auth.account, target<Org>().record, input);
});
