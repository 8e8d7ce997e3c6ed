import { smsCodeInput } from '@trellis/shared/account/schemas';
import { AuthRequired } from '../../errors';
import { route, Status } from '../../http/route';
import { requestPhoneCode } from '../phone-binding';

export const handler = route('me.phone', smsCodeInput, async ({ input, state }) => {
  if (!state.auth) throw new AuthRequired();
  await requestPhoneCode(state.auth.account, input.phone, state.clientIp);
  return new Status(202, { sent: true });
});
