import { authRoutes } from '@trellis/shared/auth/routes';
import { deleteSession } from '../../adapters/dynamodb/session/session-store';
import { route } from '../../access/route';
import { Status } from '../../http/status';

/** Invalidates the session on the server; the web clears the cookie. */
export const handler = route(authRoutes.logout, async ({ state }) => {
  if (state.tokenHash) await deleteSession(state.tokenHash);
  return new Status(204, null);
});
