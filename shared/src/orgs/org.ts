import { z } from 'zod';
import { ORG_STATUSES, ORG_TYPES } from './org-types';

export const orgTypeSchema = z.enum(ORG_TYPES);
export const orgStatusSchema = z.enum(ORG_STATUSES);

export const orgContactSchema = z.object({
  person: z.string().trim().max(40).default(''),
  phone: z.string().trim().max(40).default(''),
  email: z.union([z.literal(''), z.email()]).default(''),
  address: z.string().trim().max(200).default(''),
});
export type OrgContact = z.infer<typeof orgContactSchema>;

/** The contact as stored and answered (every field present, possibly empty). */
export const orgContactViewSchema = z.object({ person: z.string(), phone: z.string(), email: z.string(), address: z.string() });

/** The public site's state, set by superiors (issue 6); absent on an org means active. */
export const siteStatusSchema = z.object({
  state: z.enum(['active', 'closed']),
  reason: z.string().optional(),
  by: z.string().optional(),
  at: z.iso.datetime().optional(),
});
export type SiteStatus = z.infer<typeof siteStatusSchema>;

/** The public site's look and navigation (issue 6). */
export const siteSettingsSchema = z.object({
  logoKey: z.string().optional(),
  bannerKey: z.string().optional(),
  navOrder: z.array(z.enum(['home', 'news', 'notices', 'members', 'about'])).optional(),
  customDomain: z.string().optional(),
});
export type SiteSettings = z.infer<typeof siteSettingsSchema>;

/** An organization as stored and as the API returns it. */
export const orgSchema = z.object({
  id: z.string(),
  name: z.string(),
  type: orgTypeSchema,
  parentId: z.string().nullable(),
  /** Materialized path of ancestor ids and the org itself: `/n1/p3/s42/`. */
  path: z.string(),
  slug: z.string(),
  status: orgStatusSchema,
  region: z.string(),
  code: z.string().nullable(),
  intro: z.string(),
  contact: orgContactViewSchema,
  createdAt: z.iso.datetime(),
  version: z.number().int(),
  siteStatus: siteStatusSchema.optional(),
  siteSettings: siteSettingsSchema.optional(),
});
export type Org = z.infer<typeof orgSchema>;

/** A page of results and the opaque cursor for the next page (null when done). */
export interface Page<T> {
  items: T[];
  cursor: string | null;
}

/** The schema of a `Page` of `item`. */
export const pageOf = <T extends z.ZodType>(item: T) => z.object({ items: z.array(item), cursor: z.string().nullable() });
