import { verifyPhoneInput } from '@trellis/shared/account/schemas';
import { AuthRequired } from '../../errors';
import { route } from '../../http/route';
import { verifyPhone } from '../phone-binding';

export const handler = route('me.phoneVerify', verifyPhoneInput, async ({ input, state }) => {
  if (!state.auth) throw new AuthRequired();
  return verifyPhone(state.auth.account, input.code);
});
