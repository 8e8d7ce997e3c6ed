import { z } from 'zod';
import { noticeViewSchema } from './schemas';

/** A notice as stored: the view plus the sender org's path and the request that created it. */
export const noticeRecordSchema = noticeViewSchema.extend({
  orgPath: z.string(),
  requestId: z.string(),
  /** Until published: when the publisher should (re)try it (GSI3 sort key time). */
  dueAt: z.string().optional(),
});
export type NoticeRecord = z.infer<typeof noticeRecordSchema>;
