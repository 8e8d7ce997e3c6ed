import { noticeIdParams } from '@trellis/shared/notices/schemas';
import { route } from '../../http/route';
import { markConfirmed } from '../mark';

export const handler = route('inbox.confirm', noticeIdParams, async ({ input, actor }) => {
  const d = await markConfirmed(actor().accountId, input.noticeId);
  return { noticeId: d.noticeId, readAt: d.readAt, confirmedAt: d.confirmedAt };
});
