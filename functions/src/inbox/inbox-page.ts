import type { Delivery } from '@trellis/shared/inbox/delivery';
import type { InboxPage } from '@trellis/shared/inbox/responses';
import type { InboxItem } from '@trellis/shared/notices/schemas';
import { countUnread, listInbox } from '../adapters/dynamodb/delivery/delivery-store';

/**
 * A person's notices, newest first, with the unread badge count. When the first page is the
 * whole inbox, the count is taken from it (one Query); otherwise the unread index is counted.
 */
export async function inboxPage(accountId: string, cursor?: string): Promise<InboxPage> {
  const page = await listInbox(accountId, cursor);
  const items = page.items.map(inboxItemOf);
  const whole = !cursor && !page.cursor;
  const unread = whole ? items.filter((i) => !i.readAt).length : await countUnread(accountId);
  return { items, cursor: page.cursor, unread };
}

/** A delivery as its inbox line: a notice's title and marks, or a system message's event and link. */
export function inboxItemOf(d: Delivery): InboxItem {
  return {
    noticeId: d.noticeId, title: d.title, orgName: d.orgName, publishedAt: d.publishedAt, confirmBy: d.confirmBy,
    readAt: d.readAt, confirmedAt: d.confirmedAt,
    ...(d.kind === 'system' ? { kind: d.kind, event: d.event, vars: d.vars, link: d.link } : {}),
  };
}
