import type { InboxNotice } from '@trellis/shared/inbox/responses';
import type { Delivery } from '@trellis/shared/inbox/delivery';
import { getNotice } from '../adapters/dynamodb/notice/notice-store';
import { AccessDenied } from '../errors';

/** One notice as its recipient sees it, from their delivery (the row's `own` access found it). */
export async function recipientNotice(delivery: Delivery): Promise<InboxNotice> {
  const notice = await getNotice(delivery.noticeId);
  if (!notice) throw new AccessDenied();
  return {
    noticeId: notice.id, title: notice.title, orgName: notice.orgName, bodyHtml: notice.bodyHtml,
    attachments: notice.attachments, publishedAt: notice.publishAt, confirmBy: notice.confirmBy,
    readAt: delivery.readAt, confirmedAt: delivery.confirmedAt,
  };
}
