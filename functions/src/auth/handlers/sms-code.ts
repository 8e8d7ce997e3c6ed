import { authRoutes } from '@trellis/shared/auth/routes';
import { route } from '../../access/route';
import { Status } from '../../http/status';
import { requestResetCode } from '../sms-reset';

/** Always 202: the answer does not tell whether the number belongs to an account. */
export const handler = route(authRoutes.smsCode, async ({ input, state }) => {
  await requestResetCode(input.phone, state.clientIp);
  return new Status(202, { sent: true });
});
