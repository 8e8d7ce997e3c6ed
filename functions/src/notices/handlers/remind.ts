import { remindInput } from '@trellis/shared/notices/schemas';
import type { NoticeWithStats } from '../../adapters/dynamodb/notice-store';
import { route } from '../../http/route';
import { remindUnread } from '../remind';

export const handler = route('notices.remind', remindInput, ({ input, target }) =>
  remindUnread(target<NoticeWithStats>().record.notice, input.requestId),
);
