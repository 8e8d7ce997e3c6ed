import type { InboxPage } from '@trellis/shared/inbox/responses';
import { countUnread, listInbox } from '../adapters/dynamodb/delivery/delivery-store';

/** A person's notices, newest first, with the unread badge count. */
export async function inboxPage(accountId: string, cursor?: string): Promise<InboxPage> {
  const [page, unread] = await Promise.all([listInbox(accountId, cursor), countUnread(accountId)]);
  const items = page.items.map((d) => ({
    noticeId: d.noticeId, title: d.title, orgName: d.orgName, publishedAt: d.publishedAt, confirmBy: d.confirmBy,
    readAt: d.readAt, confirmedAt: d.confirmedAt,
    ...(d.kind === 'system' ? { kind: d.kind, event: d.event, vars: d.vars, link: d.link } : {}),
  }));
  return { items, cursor: page.cursor, unread };
}
