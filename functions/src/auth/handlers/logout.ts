import { z } from 'zod';
import { deleteSession } from '../../adapters/dynamodb/session-store';
import { route, Status } from '../../http/route';

/** Invalidates the session on the server; the web clears the cookie. */
export const handler = route('auth.logout', z.object({}), async ({ state }) => {
  if (state.tokenHash) await deleteSession(state.tokenHash);
  return new Status<never>(204);
});
