import { z } from 'zod';

/** The first approved member units by join date and their total (from the org's summary item). */
export const siteMembersLineSchema = z.object({
  items: z.array(z.object({ name: z.string(), type: z.string() })),
  total: z.number().int(),
});
export type SiteMembersLine = z.infer<typeof siteMembersLineSchema>;
