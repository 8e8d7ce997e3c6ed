import { z } from 'zod';
import { noticeStatsSchema, noticeViewSchema, unreadRecipientSchema } from './schemas';

/** A page of sent notices, newest first. */
export const sentNoticesPageSchema = z.object({ items: z.array(noticeViewSchema), cursor: z.string().nullable() });

/** The sender's view of one notice: the notice and its statistics. */
export const noticeWithStatsSchema = z.object({ notice: noticeViewSchema, stats: noticeStatsSchema });

/** A page of the recipients who have not read a notice yet. */
export const unreadRecipientsPageSchema = z.object({ items: z.array(unreadRecipientSchema), cursor: z.string().nullable() });

/** What one reminder run did: unread recipients, SMS queued, and those without a usable number. */
export const reminderResultSchema = z.object({ unread: z.number().int(), sent: z.number().int(), withoutPhone: z.number().int() });
export type ReminderResult = z.infer<typeof reminderResultSchema>;

/** Today's SMS budget use of an org (`day` is the budget's calendar day). */
export const smsBudgetSchema = z.object({ day: z.string(), used: z.number().int(), limit: z.number().int() });
export type SmsBudget = z.infer<typeof smsBudgetSchema>;
