import type { InboxPage } from '@trellis/shared/inbox/responses';
import { countUnread, listInbox } from '../adapters/dynamodb/delivery/delivery-store';

/**
 * A person's notices, newest first, with the unread badge count. When the first page is the
 * whole inbox, the count is taken from it (one Query); otherwise the unread index is counted.
 */
export async function inboxPage(accountId: string, cursor?: string): Promise<InboxPage> {
  const page = await listInbox(accountId, cursor);
  const items = page.items.map((d) => ({
    noticeId: d.noticeId, title: d.title, orgName: d.orgName, publishedAt: d.publishedAt, confirmBy: d.confirmBy,
    readAt: d.readAt, confirmedAt: d.confirmedAt,
  }));
  const whole = !cursor && !page.cursor;
  const unread = whole ? items.filter((i) => !i.readAt).length : await countUnread(accountId);
  return { items, cursor: page.cursor, unread };
}
