import { changePasswordInput } from '@trellis/shared/account/schemas';
import { AuthRequired } from '../../errors';
import { route } from '../../http/route';
import { changePassword } from '../change-password';

/** Answers the fresh session token: every earlier session of the account has ended. */
export const handler = route('auth.password', changePasswordInput, async ({ input, state }) => {
  if (!state.auth || !state.tokenHash) throw new AuthRequired();
  return changePassword(state.auth, state.tokenHash, input.current, input.next);
});
