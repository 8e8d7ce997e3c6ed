import type { Org } from '@trellis/shared/org/org';
import { restoreSiteItemInput } from '@trellis/shared/site-items/schemas';
import { AuthRequired } from '../../errors';
import { route } from '../../http/route';
import { restoreItem } from '../decide';

export const handler = route('siteItems.restore', restoreSiteItemInput, ({ input, target, actor, state }) => {
  if (!state.auth) throw new AuthRequired();
  return restoreItem(actor(), state.auth.account, target<Org>().record, input.itemId, input.reason);
});
