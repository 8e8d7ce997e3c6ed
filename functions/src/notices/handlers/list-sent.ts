import { noticesRoutes } from '@trellis/shared/notices/routes';


import { listSentNotices } from '../../adapters/dynamodb/notice/notice-store';
import { route } from '../../access/route';
import { toView } from '../compose';

export const handler = route(noticesRoutes.sent, async ({ input, target }) => {
  const page = await listSentNotices(target().record.id, input.cursor);
  return { items: page.items.map(toView), cursor: page.cursor };
});
