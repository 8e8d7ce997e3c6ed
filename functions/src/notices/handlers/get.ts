import { noticeIdParams } from '@trellis/shared/notices/schemas';
import { buildStats } from '@trellis/shared/notices/stats';
import type { NoticeWithStats } from '../../adapters/dynamodb/notice-store';
import { route } from '../../http/route';
import { toView } from '../compose';

/** The sender's view: the notice and its statistics, from the Query the policy check made. */
export const handler = route('notices.get', noticeIdParams, async ({ target }) => {
  const { notice, shards, orgs } = target<NoticeWithStats>().record;
  return Promise.resolve({ notice: toView(notice), stats: buildStats(shards, orgs) });
});
