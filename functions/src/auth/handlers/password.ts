import { authRoutes } from '@trellis/shared/auth/routes';
import { AuthRequired } from '../../errors';
import { route } from '../../access/route';
import { changePassword } from '../change-password';

/** Answers the fresh session token: every earlier session of the account has ended. */
export const handler = route(authRoutes.password, async ({ input, state }) => {
  if (!state.auth || !state.tokenHash) throw new AuthRequired();
  return changePassword(state.auth, state.tokenHash, input.current, input.next);
});
