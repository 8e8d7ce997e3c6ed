import { inboxRoutes } from '@trellis/shared/inbox/routes';
import type { InboxItem } from '@trellis/shared/notices/schemas';

import { countUnread, listInbox } from '../../adapters/dynamodb/delivery/delivery-store';
import { route } from '../../access/route';

/** My notices, newest first, with the unread badge count. */
export const handler = route(inboxRoutes.list, async ({ input, actor }) => {
  const me = actor().accountId;
  const [page, unread] = await Promise.all([listInbox(me, input.cursor), countUnread(me)]);
  const items: InboxItem[] = page.items.map((d) => ({
    noticeId: d.noticeId, title: d.title, orgName: d.orgName, publishedAt: d.publishedAt, confirmBy: d.confirmBy,
    readAt: d.readAt, confirmedAt: d.confirmedAt,
  }));
  return { items, cursor: page.cursor, unread };
});
