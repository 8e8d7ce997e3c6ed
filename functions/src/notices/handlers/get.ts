import { noticeIdParams } from '@trellis/shared/notices/schemas';
import { buildStats } from '@trellis/shared/notices/stats';
import { getNoticeWithStats, type NoticeRecord } from '../../adapters/dynamodb/notice-store';
import { AccessDenied } from '../../errors';
import { route } from '../../http/route';
import { toView } from '../compose';

/** The sender's view: the notice and its statistics (one Query: notice + counter shards). */
export const handler = route('notices.get', noticeIdParams, async ({ target }) => {
  const found = await getNoticeWithStats(target<NoticeRecord>().record.id);
  if (!found) throw new AccessDenied();
  return { notice: toView(found.notice), stats: buildStats(found.shards, found.orgs) };
});
