import { z } from 'zod';
import { inboxItemSchema, noticeViewSchema } from '../notices/schemas';

/** A page of my notices, newest first, with the unread badge count. */
export const inboxPageSchema = z.object({ items: z.array(inboxItemSchema), cursor: z.string().nullable(), unread: z.number().int() });
export type InboxPage = z.infer<typeof inboxPageSchema>;

/** A recipient's view of one notice (`bodyHtml` is sanitized by the API). */
export const inboxNoticeSchema = inboxItemSchema.extend({
  bodyHtml: z.string(),
  attachments: noticeViewSchema.shape.attachments,
});
export type InboxNotice = z.infer<typeof inboxNoticeSchema>;

/** When I read and confirmed a notice (null: not yet). */
export const deliveryMarksSchema = z.object({ noticeId: z.string(), readAt: z.string().nullable(), confirmedAt: z.string().nullable() });
export type DeliveryMarks = z.infer<typeof deliveryMarksSchema>;

/** A code was queued for the number to bind. */
export const phoneCodeSentSchema = z.object({ sent: z.literal(true) });
