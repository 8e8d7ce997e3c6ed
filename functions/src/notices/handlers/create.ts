import type { Org } from '@trellis/shared/org/org';
import { composeNoticeInput } from '@trellis/shared/notices/schemas';
import { route, Status } from '../../http/route';
import { composeNotice } from '../compose';

export const handler = route('notices.create', composeNoticeInput, async ({ input, target, actor }) =>
  new Status(201, await composeNotice(actor(), target<Org>().record, input)),
);
