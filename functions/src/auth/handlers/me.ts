import { z } from 'zod';
import { AuthRequired } from '../../errors';
import { route } from '../../http/route';
import { sessionView } from '../session-view';

export const handler = route('auth.me', z.object({}), async ({ state }) => {
  if (!state.auth) throw new AuthRequired();
  return sessionView(state.auth.account, state.auth.memberships);
});
