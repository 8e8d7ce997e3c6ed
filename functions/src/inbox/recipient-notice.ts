import type { InboxNotice } from '@trellis/shared/inbox/responses';
import type { Delivery } from '@trellis/shared/inbox/delivery';
import { getNotice } from '../adapters/dynamodb/notice/notice-store';
import { AccessDenied } from '../errors';

/** One notice as its recipient sees it, from their delivery (the row's `own` access found it); a system message is all in the delivery. */
export async function recipientNotice(delivery: Delivery): Promise<InboxNotice> {
  if (delivery.kind === 'system') {
    const { noticeId, title, orgName, publishedAt, confirmBy, readAt, confirmedAt, kind, event, vars, link } = delivery;
    return { noticeId, title, orgName, publishedAt, confirmBy, readAt, confirmedAt, kind, event, vars, link, bodyHtml: '', attachments: [] };
  }
  const notice = await getNotice(delivery.noticeId);
  if (!notice) throw new AccessDenied();
  return {
    noticeId: notice.id, title: notice.title, orgName: notice.orgName, bodyHtml: notice.bodyHtml,
    attachments: notice.attachments, publishedAt: notice.publishAt, confirmBy: notice.confirmBy,
    readAt: delivery.readAt, confirmedAt: delivery.confirmedAt,
  };
}
