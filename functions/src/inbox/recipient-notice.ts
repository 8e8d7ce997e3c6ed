import type { InboxNotice } from '@trellis/shared/inbox/responses';
import { getDelivery } from '../adapters/dynamodb/delivery/delivery-store';
import { getNotice } from '../adapters/dynamodb/notice/notice-store';
import { AccessDenied } from '../errors';

/** One notice as its recipient sees it; to anyone it was not delivered to, it does not exist (403). */
export async function recipientNotice(accountId: string, noticeId: string): Promise<InboxNotice> {
  const delivery = await getDelivery(accountId, noticeId);
  const notice = delivery ? await getNotice(noticeId) : null;
  if (!delivery || !notice) throw new AccessDenied();
  return {
    noticeId: notice.id, title: notice.title, orgName: notice.orgName, bodyHtml: notice.bodyHtml,
    attachments: notice.attachments, publishedAt: notice.publishAt, confirmBy: notice.confirmBy,
    readAt: delivery.readAt, confirmedAt: delivery.confirmedAt,
  };
}
