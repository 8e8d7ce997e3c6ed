import { inboxRoutes } from '@trellis/shared/inbox/routes';

import { route } from '../../access/route';
import { markConfirmed } from '../mark';

export const handler = route(inboxRoutes.confirm, async ({ input, actor }) => {
  const d = await markConfirmed(actor().accountId, input.noticeId);
  return { noticeId: d.noticeId, readAt: d.readAt, confirmedAt: d.confirmedAt };
});
