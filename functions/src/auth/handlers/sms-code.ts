import { smsCodeInput } from '@trellis/shared/account/schemas';
import { route, Status } from '../../http/route';
import { requestResetCode } from '../sms-reset';

/** Always 202: the answer does not tell whether the number belongs to an account. */
export const handler = route('auth.smsCode', smsCodeInput, async ({ input, state }) => {
  await requestResetCode(input.phone, state.clientIp);
  return new Status(202, { sent: true });
});
