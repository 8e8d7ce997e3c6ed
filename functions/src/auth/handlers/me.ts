import { authRoutes } from '@trellis/shared/auth/routes';
import { AuthRequired } from '../../errors';
import { route } from '../../access/route';
import { sessionView } from '../session-view';

export const handler = route(authRoutes.me, async ({ state }) => {
  if (!state.auth) throw new AuthRequired();
  return sessionView(state.auth.account, state.auth.memberships);
});
