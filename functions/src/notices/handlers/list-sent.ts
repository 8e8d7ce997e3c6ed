import type { Org } from '@trellis/shared/org/org';
import { sentNoticesInput } from '@trellis/shared/notices/schemas';
import { listSentNotices } from '../../adapters/dynamodb/notice-store';
import { route } from '../../http/route';
import { toView } from '../compose';

export const handler = route('notices.sent', sentNoticesInput, async ({ input, target }) => {
  const page = await listSentNotices(target<Org>().record.id, input.cursor);
  return { items: page.items.map(toView), cursor: page.cursor };
});
