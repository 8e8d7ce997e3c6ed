import { buildStats } from '@trellis/shared/notices/stats';
import type { NoticeWithStats } from '../adapters/dynamodb/notice/notice-store';
import { toView } from './compose';

/** The sender's view of a notice: the notice and its statistics summed from the counter shards. */
export function senderView({ notice, shards, orgs }: NoticeWithStats) {
  return { notice: toView(notice), stats: buildStats(shards, orgs) };
}
