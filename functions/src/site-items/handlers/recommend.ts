import type { Org } from '@trellis/shared/org/org';
import { recommendSiteItemInput } from '@trellis/shared/site-items/schemas';
import { AuthRequired } from '../../errors';
import { route } from '../../http/route';
import { recommendItem } from '../decide';

export const handler = route('siteItems.recommend', recommendSiteItemInput, ({ input, target, state }) => {
  if (!state.auth) throw new AuthRequired();
  const site = target<Org>();
  return recommendItem(state.auth.account, site.record, site.pathOrgs, input.itemId, input.reason);
});
