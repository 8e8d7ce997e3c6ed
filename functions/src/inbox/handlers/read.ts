import { inboxRoutes } from '@trellis/shared/inbox/routes';
import { route } from '../../access/route';
import { markRead } from '../mark';

/** The caller's own delivery (the row's `own` access) is marked. */
export const handler = route(inboxRoutes.read, async ({ target }) => {
  const d = await markRead(target().record);
  return { noticeId: d.noticeId, readAt: d.readAt, confirmedAt: d.confirmedAt };
});
