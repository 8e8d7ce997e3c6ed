import { changePasswordInput } from '@trellis/shared/account/schemas';
import { AuthRequired } from '../../errors';
import { route, Status } from '../../http/route';
import { changePassword } from '../change-password';

export const handler = route('auth.password', changePasswordInput, async ({ input, state }) => {
  if (!state.auth) throw new AuthRequired();
  await changePassword(state.auth, input.current, input.next);
  return new Status<never>(204);
});
