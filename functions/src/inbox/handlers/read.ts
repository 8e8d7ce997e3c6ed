import { inboxRoutes } from '@trellis/shared/inbox/routes';

import { route } from '../../access/route';
import { markRead } from '../mark';

export const handler = route(inboxRoutes.read, async ({ input, actor }) => {
  const d = await markRead(actor().accountId, input.noticeId);
  return { noticeId: d.noticeId, readAt: d.readAt, confirmedAt: d.confirmedAt };
});
