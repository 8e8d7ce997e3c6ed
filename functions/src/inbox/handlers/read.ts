import { noticeIdParams } from '@trellis/shared/notices/schemas';
import { route } from '../../http/route';
import { markRead } from '../mark';

export const handler = route('inbox.read', noticeIdParams, async ({ input, actor }) => {
  const d = await markRead(actor().accountId, input.noticeId);
  return { noticeId: d.noticeId, readAt: d.readAt, confirmedAt: d.confirmedAt };
});
