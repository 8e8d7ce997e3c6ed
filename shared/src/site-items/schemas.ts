import { z } from 'zod';
import { wholeNumber, flag } from '../http/form-values';
import { cursorSchema, idSchema, slugSchema } from '../orgs/schemas';
import { orgTypeSchema } from '../orgs/org';
import { siteSettingsViewSchema } from '../sites/settings';

/** Items on an org's website: news (工作动态/新闻) and notices (通知公告). */
export const SITE_ITEM_KINDS = ['news', 'notice'] as const;
export type SiteItemKind = (typeof SITE_ITEM_KINDS)[number];

/** At the origin org: written, waiting for the admin, returned to the writer, published, taken down from above. */
export const SITE_ITEM_STATUSES = ['draft', 'pending', 'returned', 'published', 'taken_down'] as const;
export type SiteItemStatus = (typeof SITE_ITEM_STATUSES)[number];

/** Where an item stands at one site: recommended to it, published on it, rejected, or passed further up unpublished. */
export const PLACEMENT_STATES = ['recommended', 'published', 'rejected', 'forwarded'] as const;
export type PlacementState = (typeof PLACEMENT_STATES)[number];

export const MAX_ITEM_IMAGES = 10;

export const siteItemBody = {
  kind: z.enum(SITE_ITEM_KINDS),
  title: z.string().trim().min(2, 'title.too_short').max(100, 'title.too_long'),
  bodyHtml: z.string().max(100_000, 'body.too_long'),
  /** Completed `image` uploads of the org, shown with the item. */
  imageIds: z.array(idSchema).max(MAX_ITEM_IMAGES, 'images.too_many').default([]),
  /** Send to the org's admin for approval right away. */
  submit: flag().default(false),
};

/** The body of siteItems.create and siteItems.update besides the ids (the web's item form sends it). */
export const siteItemBodySchema = z.object(siteItemBody);
export type SiteItemBody = z.infer<typeof siteItemBodySchema>;

export const createSiteItemInput = z.object({ orgId: idSchema, ...siteItemBody });
export type CreateSiteItemInput = z.infer<typeof createSiteItemInput>;

export const updateSiteItemInput = z.object({ orgId: idSchema, itemId: idSchema, expectedVersion: wholeNumber(z.number().int().min(1)), ...siteItemBody });
export type UpdateSiteItemInput = z.infer<typeof updateSiteItemInput>;

export const siteItemParams = z.object({ orgId: idSchema, itemId: idSchema });
export const siteItemImageParams = z.object({ orgId: idSchema, itemId: idSchema, imageId: idSchema });

const reasonField = z.string().trim().max(500, 'reason.too_long').default('');
const needsReason = (d: { decision: string; reason: string }, without: string) => d.decision === without || d.reason.length > 0;

export const approveSiteItemInput = z
  .object({ orgId: idSchema, itemId: idSchema, decision: z.enum(['approve', 'return']), reason: reasonField })
  .refine((d) => needsReason(d, 'approve'), { path: ['reason'], message: 'reason.required' });

export const reviewSiteItemInput = z
  .object({ orgId: idSchema, itemId: idSchema, decision: z.enum(['publish', 'reject']), reason: reasonField })
  .refine((d) => needsReason(d, 'publish'), { path: ['reason'], message: 'reason.required' });

export const recommendSiteItemInput = z.object({ orgId: idSchema, itemId: idSchema, reason: reasonField });
export const takedownSiteItemInput = z.object({ orgId: idSchema, itemId: idSchema, reason: z.string().trim().min(1, 'reason.required').max(500, 'reason.too_long') });
export const restoreSiteItemInput = z.object({ orgId: idSchema, itemId: idSchema, reason: reasonField });

export const listSiteItemsInput = z.object({ orgId: idSchema, status: z.enum(SITE_ITEM_STATUSES).default('draft'), cursor: cursorSchema });
export const siteQueueInput = z.object({ orgId: idSchema, cursor: cursorSchema });

/** Public lists on a site: its news, its notices, and items published on it from below (来自各地). */
export const SITE_LIST_CATEGORIES = ['news', 'notice', 'below'] as const;
export type SiteListCategory = (typeof SITE_LIST_CATEGORIES)[number];
export const publicSiteItemsInput = z.object({ slug: slugSchema, category: z.enum(SITE_LIST_CATEGORIES).default('news'), cursor: cursorSchema });
export const publicSiteItemInput = z.object({ slug: slugSchema, itemId: idSchema });
export const publicSiteImageInput = z.object({ imageId: idSchema });

const timestamp = z.iso.datetime();

/** An org as an item remembers it: where it was written, placed, taken down. */
export const orgRefSchema = z.object({
  orgId: z.string(),
  orgPath: z.string(),
  orgName: z.string(),
  orgSlug: z.string(),
});
export type OrgRef = z.infer<typeof orgRefSchema>;

export const sitePlacementSchema = orgRefSchema.extend({
  state: z.enum(PLACEMENT_STATES),
  at: timestamp,
  /** When it was published on this site (kept when it is taken down and restored). */
  publishedAt: timestamp.nullable(),
});
export type SitePlacement = z.infer<typeof sitePlacementSchema>;

export const TRAIL_ACTIONS = [
  'created', 'edited', 'submitted', 'approved', 'returned', 'recommended', 'published', 'rejected', 'taken_down', 'restored',
] as const;
export type TrailAction = (typeof TRAIL_ACTIONS)[number];

export const trailEntrySchema = z.object({
  at: timestamp,
  by: z.string(),
  byName: z.string(),
  /** The org on whose behalf the step was taken. */
  orgId: z.string(),
  orgName: z.string(),
  action: z.enum(TRAIL_ACTIONS),
  /** For `recommended`: the org it was sent to. */
  toOrgName: z.string().optional(),
  reason: z.string().nullable(),
});
export type TrailEntry = z.infer<typeof trailEntrySchema>;

export const takedownSchema = orgRefSchema.extend({
  by: z.string(),
  byName: z.string(),
  at: timestamp,
  reason: z.string(),
});
export type Takedown = z.infer<typeof takedownSchema>;

/** An item with everything the workspace shows: its trail and where it stands on every site. */
export const siteItemViewSchema = z.object({
  id: z.string(),
  kind: z.enum(SITE_ITEM_KINDS),
  title: z.string(),
  bodyHtml: z.string(),
  summary: z.string(),
  imageIds: z.array(z.string()),
  origin: orgRefSchema,
  authorId: z.string(),
  authorName: z.string(),
  status: z.enum(SITE_ITEM_STATUSES),
  placements: z.array(sitePlacementSchema),
  takedown: takedownSchema.nullable(),
  trail: z.array(trailEntrySchema),
  createdAt: timestamp,
  updatedAt: timestamp,
  version: z.number().int(),
});
export type SiteItemView = z.infer<typeof siteItemViewSchema>;

/** One line of a public list, a feed, the home page or the review queue. */
export const siteItemLineSchema = z.object({
  id: z.string(),
  kind: z.enum(SITE_ITEM_KINDS),
  title: z.string(),
  summary: z.string(),
  at: timestamp,
  sourceName: z.string(),
  sourceSlug: z.string(),
  /** True when the item was written by another org and republished here. */
  fromBelow: z.boolean(),
});
export type SiteItemLine = z.infer<typeof siteItemLineSchema>;

export const queueLineSchema = siteItemLineSchema.extend({
  /** The org that recommended it to this one. */
  fromName: z.string(),
});
export type QueueLine = z.infer<typeof queueLineSchema>;

/** A published item as its public page shows it on one site. */
export const publicSiteItemSchema = siteItemLineSchema.extend({
  bodyHtml: z.string(),
  imageIds: z.array(z.string()),
});
export type PublicSiteItem = z.infer<typeof publicSiteItemSchema>;

/** The latest lines a site's home page shows, kept on publish and takedown. */
export const siteHomeSchema = z.object({
  news: z.array(siteItemLineSchema),
  notices: z.array(siteItemLineSchema),
  fromBelow: z.array(siteItemLineSchema),
});
export type SiteHome = z.infer<typeof siteHomeSchema>;

export const HOME_LINES = 6;

/** What every public sub-page shows of its site: the name, the parent, whether it is closed. */
export const siteHeaderSchema = z.object({
  name: z.string(),
  slug: z.string(),
  type: orgTypeSchema,
  region: z.string(),
  parent: z.object({ name: z.string(), slug: z.string() }).nullable(),
  closed: z.boolean(),
  closedReason: z.string().nullable(),
  /** Logo and banner (short-lived signed URLs) and the section order the org chose. */
  settings: siteSettingsViewSchema,
});
export type SiteHeader = z.infer<typeof siteHeaderSchema>;

export const publicSiteListSchema = z.object({
  site: siteHeaderSchema,
  items: z.array(siteItemLineSchema),
  cursor: z.string().nullable(),
});
export type PublicSiteList = z.infer<typeof publicSiteListSchema>;

/** `item` is null when the site is closed. */
export const publicSiteItemPageSchema = z.object({
  site: siteHeaderSchema,
  item: publicSiteItemSchema.nullable(),
});
export type PublicSiteItemPage = z.infer<typeof publicSiteItemPageSchema>;

/** A page of an org's own items, or of the items waiting in its review queue. */
export const siteItemPageSchema = z.object({ items: z.array(siteItemViewSchema), cursor: z.string().nullable() });
export const queuePageSchema = z.object({ items: z.array(queueLineSchema), cursor: z.string().nullable() });

/** A short-lived signed URL of an item's image. */
export const imageUrlSchema = z.object({ url: z.string() });
