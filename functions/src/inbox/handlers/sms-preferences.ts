import { inboxRoutes } from '@trellis/shared/inbox/routes';

import { AuthRequired } from '../../errors';
import { route } from '../../access/route';
import { setSmsOptOut } from '../phone-binding';

export const handler = route(inboxRoutes.smsPreferences, async ({ input, state }) => {
  if (!state.auth) throw new AuthRequired();
  return setSmsOptOut(state.auth.account, input.optOut);
});
