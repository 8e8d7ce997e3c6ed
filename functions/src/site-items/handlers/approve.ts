import type { Org } from '@trellis/shared/org/org';
import { approveSiteItemInput } from '@trellis/shared/site-items/schemas';
import { AuthRequired } from '../../errors';
import { route } from '../../http/route';
import { approveItem } from '../decide';

export const handler = route('siteItems.approve', approveSiteItemInput, ({ input, target, state }) => {
  if (!state.auth) throw new AuthRequired();
  return approveItem(state.auth.account, target<Org>().record, input.itemId, input.decision, input.reason);
});
