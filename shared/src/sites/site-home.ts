import { z } from 'zod';
import { SITE_ITEM_KINDS } from '../site-items/schemas';

/**
 * The lines a site's home page shows (news, notices, items from below), as `sites.get` answers
 * them: the zod form of `SiteItemLine` / `SiteHome` in site-items/schemas.ts.
 */
export const siteHomeLineSchema = z.object({
  id: z.string(),
  kind: z.enum(SITE_ITEM_KINDS),
  title: z.string(),
  summary: z.string(),
  at: z.iso.datetime(),
  sourceName: z.string(),
  sourceSlug: z.string(),
  /** True when the item was written by another org and republished here. */
  fromBelow: z.boolean(),
});

export const siteHomeSchema = z.object({
  news: z.array(siteHomeLineSchema),
  notices: z.array(siteHomeLineSchema),
  fromBelow: z.array(siteHomeLineSchema),
});

/** The first approved member units by join date and their total (from the org's summary item). */
export const siteMembersLineSchema = z.object({
  items: z.array(z.object({ name: z.string(), type: z.string() })),
  total: z.number().int(),
});
export type SiteMembersLine = z.infer<typeof siteMembersLineSchema>;
