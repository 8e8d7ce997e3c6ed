import type { Org } from '@trellis/shared/org/org';
import { reviewSiteItemInput } from '@trellis/shared/site-items/schemas';
import { AuthRequired } from '../../errors';
import { route } from '../../http/route';
import { reviewItem } from '../decide';

export const handler = route('siteItems.review', reviewSiteItemInput, ({ input, target, state }) => {
  if (!state.auth) throw new AuthRequired();
  return reviewItem(state.auth.account, target<Org>().record, input.itemId, input.decision, input.reason);
});
