import { inboxRoutes } from '@trellis/shared/inbox/routes';

import { AuthRequired } from '../../errors';
import { route } from '../../access/route';
import { verifyPhone } from '../phone-binding';

export const handler = route(inboxRoutes.phoneVerify, async ({ input, state }) => {
  if (!state.auth) throw new AuthRequired();
  return verifyPhone(state.auth.account, input.code);
});
