import { z } from 'zod';

/** What a reminder run did: pending orgs, SMS queued, and pending orgs with no reachable admin. */
export const remindResultSchema = z.object({
  pending: z.number().int(),
  sent: z.number().int(),
  withoutPhone: z.number().int(),
});
export type RemindResult = z.infer<typeof remindResultSchema>;
