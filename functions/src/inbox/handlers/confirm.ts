import { inboxRoutes } from '@trellis/shared/inbox/routes';
import { route } from '../../access/route';
import { markConfirmed } from '../mark';

/** The caller's own delivery (the row's `own` access) is marked. */
export const handler = route(inboxRoutes.confirm, async ({ target }) => {
  const d = await markConfirmed(target().record);
  return { noticeId: d.noticeId, readAt: d.readAt, confirmedAt: d.confirmedAt };
});
