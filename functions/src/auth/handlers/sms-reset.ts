import { authRoutes } from '@trellis/shared/auth/routes';
import { route } from '../../access/route';
import { Status } from '../../http/status';
import { resetWithCode } from '../sms-reset';

export const handler = route(authRoutes.smsReset, async ({ input }) => {
  await resetWithCode(input.phone, input.code, input.next);
  return new Status(204, null);
});
