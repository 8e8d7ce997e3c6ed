import { z } from 'zod';
import { cursorSchema, idSchema, slugSchema } from '../orgs/schemas';
import type { SiteSettingsView } from '../sites/schemas';

/** Items on an org's website: news (工作动态/新闻) and notices (通知公告). */
export const SITE_ITEM_KINDS = ['news', 'notice'] as const;
export type SiteItemKind = (typeof SITE_ITEM_KINDS)[number];

/** At the origin org: written, waiting for the admin, returned to the writer, published, taken down from above. */
export const SITE_ITEM_STATUSES = ['draft', 'pending', 'returned', 'published', 'taken_down'] as const;
export type SiteItemStatus = (typeof SITE_ITEM_STATUSES)[number];

/** Where an item stands at one site: recommended to it, published on it, rejected, or passed further up unpublished. */
export type PlacementState = 'recommended' | 'published' | 'rejected' | 'forwarded';

export const MAX_ITEM_IMAGES = 10;

export const siteItemBody = {
  kind: z.enum(SITE_ITEM_KINDS),
  title: z.string().trim().min(2, 'title.too_short').max(100, 'title.too_long'),
  bodyHtml: z.string().max(100_000, 'body.too_long'),
  /** Completed `image` uploads of the org, shown with the item. */
  imageIds: z.array(idSchema).max(MAX_ITEM_IMAGES, 'images.too_many').default([]),
  /** Send to the org's admin for approval right away. */
  submit: z.coerce.boolean().default(false),
};

export const createSiteItemInput = z.object({ orgId: idSchema, ...siteItemBody });
export type CreateSiteItemInput = z.infer<typeof createSiteItemInput>;

export const updateSiteItemInput = z.object({ orgId: idSchema, itemId: idSchema, expectedVersion: z.coerce.number().int().min(1), ...siteItemBody });
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

export interface OrgRef {
  orgId: string;
  orgPath: string;
  orgName: string;
  orgSlug: string;
}

export interface SitePlacement extends OrgRef {
  state: PlacementState;
  at: string;
  /** When it was published on this site (kept when it is taken down and restored). */
  publishedAt: string | null;
}

export type TrailAction =
  | 'created' | 'edited' | 'submitted' | 'approved' | 'returned' | 'recommended' | 'published' | 'rejected'
  | 'taken_down' | 'restored';

export interface TrailEntry {
  at: string;
  by: string;
  byName: string;
  /** The org on whose behalf the step was taken. */
  orgId: string;
  orgName: string;
  action: TrailAction;
  /** For `recommended`: the org it was sent to. */
  toOrgName?: string;
  reason: string | null;
}

export interface Takedown extends OrgRef {
  by: string;
  byName: string;
  at: string;
  reason: string;
}

/** An item with everything the workspace shows: its trail and where it stands on every site. */
export interface SiteItemView {
  id: string;
  kind: SiteItemKind;
  title: string;
  bodyHtml: string;
  summary: string;
  imageIds: string[];
  origin: OrgRef;
  authorId: string;
  authorName: string;
  status: SiteItemStatus;
  placements: SitePlacement[];
  takedown: Takedown | null;
  trail: TrailEntry[];
  createdAt: string;
  updatedAt: string;
  version: number;
}

/** One line of a public list, a feed, the home page or the review queue. */
export interface SiteItemLine {
  id: string;
  kind: SiteItemKind;
  title: string;
  summary: string;
  at: string;
  sourceName: string;
  sourceSlug: string;
  /** True when the item was written by another org and republished here. */
  fromBelow: boolean;
}

export interface QueueLine extends SiteItemLine {
  /** The org that recommended it to this one. */
  fromName: string;
}

/** A published item as its public page shows it on one site. */
export interface PublicSiteItem extends SiteItemLine {
  bodyHtml: string;
  imageIds: string[];
}

/** The latest lines a site's home page shows, kept on publish and takedown. */
export interface SiteHome {
  news: SiteItemLine[];
  notices: SiteItemLine[];
  fromBelow: SiteItemLine[];
}

export const HOME_LINES = 6;

/** What every public sub-page shows of its site: the name, the parent, whether it is closed. */
export interface SiteHeader {
  name: string;
  slug: string;
  type: string;
  region: string;
  parent: { name: string; slug: string } | null;
  closed: boolean;
  closedReason: string | null;
  /** Logo and banner (short-lived signed URLs) and the section order the org chose. */
  settings: SiteSettingsView;
}

export interface PublicSiteList {
  site: SiteHeader;
  items: SiteItemLine[];
  cursor: string | null;
}

/** `item` is null when the site is closed. */
export interface PublicSiteItemPage {
  site: SiteHeader;
  item: PublicSiteItem | null;
}
