import { authRoutes } from '@trellis/shared/auth/routes';
import { route } from '../../access/route';
import { Status } from '../../http/status';
import { endSession } from '../logout';

/** Invalidates the session on the server; the web clears the cookie. */
export const handler = route(authRoutes.logout, async ({ state }) => {
  await endSession(state.tokenHash);
  return new Status(204, null);
});
