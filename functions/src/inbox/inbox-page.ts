import type { Delivery } from '@trellis/shared/inbox/delivery';
import type { InboxPage } from '@trellis/shared/inbox/responses';
import type { InboxItem } from '@trellis/shared/notices/schemas';
import { countUnread, listInbox } from '../adapters/dynamodb/delivery/delivery-store';

/** A person's notices, newest first, with the unread badge count. */
export async function inboxPage(accountId: string, cursor?: string): Promise<InboxPage> {
  const [page, unread] = await Promise.all([listInbox(accountId, cursor), countUnread(accountId)]);
  return { items: page.items.map(inboxItemOf), cursor: page.cursor, unread };
}

/** A delivery as its inbox line: a notice's title and marks, or a system message's event and link. */
export function inboxItemOf(d: Delivery): InboxItem {
  return {
    noticeId: d.noticeId, title: d.title, orgName: d.orgName, publishedAt: d.publishedAt, confirmBy: d.confirmBy,
    readAt: d.readAt, confirmedAt: d.confirmedAt,
    ...(d.kind === 'system' ? { kind: d.kind, event: d.event, vars: d.vars, link: d.link } : {}),
  };
}
