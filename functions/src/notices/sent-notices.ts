import type { NoticeView } from '@trellis/shared/notices/schemas';
import type { Page } from '@trellis/shared/orgs/org';
import { listSentNotices } from '../adapters/dynamodb/notice/notice-store';
import { toView } from './compose';

/** The notices an org has sent, newest first, one page at a time. */
export async function sentNotices(orgId: string, cursor?: string): Promise<Page<NoticeView>> {
  const page = await listSentNotices(orgId, cursor);
  return { items: page.items.map(toView), cursor: page.cursor };
}
