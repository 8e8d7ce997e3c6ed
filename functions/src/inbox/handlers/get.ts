import { inboxRoutes } from '@trellis/shared/inbox/routes';

import { getDelivery } from '../../adapters/dynamodb/delivery/delivery-store';
import { getNotice } from '../../adapters/dynamodb/notice/notice-store';
import { AccessDenied } from '../../errors';
import { route } from '../../access/route';

/** One notice as its recipient sees it; only recipients can open it. */
export const handler = route(inboxRoutes.get, async ({ input, actor }) => {
  const delivery = await getDelivery(actor().accountId, input.noticeId);
  const notice = delivery ? await getNotice(input.noticeId) : null;
  if (!delivery || !notice) throw new AccessDenied();
  return {
    noticeId: notice.id, title: notice.title, orgName: notice.orgName, bodyHtml: notice.bodyHtml,
    attachments: notice.attachments, publishedAt: notice.publishAt, confirmBy: notice.confirmBy,
    readAt: delivery.readAt, confirmedAt: delivery.confirmedAt,
  };
});
