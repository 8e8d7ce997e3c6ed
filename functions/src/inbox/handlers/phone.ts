import { inboxRoutes } from '@trellis/shared/inbox/routes';

import { AuthRequired } from '../../errors';
import { route } from '../../access/route';
import { Status } from '../../http/status';
import { requestPhoneCode } from '../phone-binding';

export const handler = route(inboxRoutes.phone, async ({ input, state }) => {
  if (!state.auth) throw new AuthRequired();
  await requestPhoneCode(state.auth.account, input.phone, state.clientIp);
  return new Status(202, { sent: true });
});
