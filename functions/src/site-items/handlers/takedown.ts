import type { Org } from '@trellis/shared/org/org';
import { takedownSiteItemInput } from '@trellis/shared/site-items/schemas';
import { AuthRequired } from '../../errors';
import { route } from '../../http/route';
import { takeDownItem } from '../decide';

export const handler = route('siteItems.takedown', takedownSiteItemInput, ({ input, target, actor, state }) => {
  if (!state.auth) throw new AuthRequired();
  const site = target<Org>();
  return takeDownItem(actor(), state.auth.account, site.record, site.pathOrgs, input.itemId, input.reason);
});
