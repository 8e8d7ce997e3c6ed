import { z } from 'zod';
import { cursorSchema, idSchema, slugSchema } from '../orgs/schemas';
import { siteHeaderSchema } from '../site-items/schemas';
import { RESOURCE_CATEGORIES } from './schemas';
import { RESOURCE_SUBJECTS } from './subjects';

/** A school's public site: its published works marked "public on the site". */
export const siteResourcesInput = z.object({ slug: slugSchema, cursor: cursorSchema });
export const siteResourceInput = z.object({ slug: slugSchema, resourceId: idSchema });

/** What the public may see of a work: no review trail, no account ids. */
export const publicResourceSchema = z.object({
  id: z.string(),
  title: z.string(),
  category: z.enum(RESOURCE_CATEGORIES),
  subject: z.enum(RESOURCE_SUBJECTS),
  description: z.string(),
  authors: z.array(z.string()),
  teacher: z.string(),
  schoolName: z.string(),
  contentType: z.string(),
  fileName: z.string(),
  size: z.number().int(),
  publishedAt: z.iso.datetime().nullable(),
  coverUrl: z.string().nullable(),
});
export type PublicResource = z.infer<typeof publicResourceSchema>;

export const siteResourcesViewSchema = z.object({
  site: siteHeaderSchema,
  items: z.array(publicResourceSchema),
  cursor: z.string().nullable(),
});
export type SiteResourcesView = z.infer<typeof siteResourcesViewSchema>;

export const siteResourceViewSchema = z.object({
  site: siteHeaderSchema,
  resource: publicResourceSchema,
  playUrl: z.string(),
});
export type SiteResourceView = z.infer<typeof siteResourceViewSchema>;
