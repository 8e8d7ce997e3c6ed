import { z } from 'zod';
import { wholeNumber } from '../http/form-values';
import { orgContactSchema, orgSchema, orgTypeSchema } from '../orgs/org';
import { idSchema, orgNameSchema, slugSchema } from '../orgs/schemas';
import { siteSettingsViewSchema } from './settings';
import { siteHomeSchema } from '../site-items/schemas';
import { siteMembersLineSchema } from './site-home';


export const editSiteInput = z.object({
  orgId: idSchema,
  expectedVersion: wholeNumber(z.number().int().min(1)),
  intro: z.string().trim().max(5000, 'intro.too_long'),
  contact: orgContactSchema,
});
export type EditSiteInput = z.infer<typeof editSiteInput>;

export const siteSlugInput = z.object({ slug: slugSchema, cursor: z.string().max(2048).optional() });

export const siteOrgLinkSchema = z.object({ name: z.string(), slug: z.string(), type: orgTypeSchema });
export type SiteOrgLink = z.infer<typeof siteOrgLinkSchema>;

/** Logo and banner (short-lived signed URLs) and the navigation order. */
export type SiteSettingsView = z.infer<typeof siteSettingsViewSchema>;

/** The public website of one org. `closed` when the org or an ancestor is disabled, or the site is closed. */
export const siteViewSchema = z.object({
  closed: z.boolean(),
  /** Why superiors closed the site, when they said. */
  closedReason: z.string().nullable(),
  /** The newest news, notices and items from below, from the site's home projection. */
  home: siteHomeSchema,
  org: orgSchema.pick({ name: true, type: true, slug: true, region: true, intro: true, contact: true }),
  parent: siteOrgLinkSchema.nullable(),
  children: z.array(siteOrgLinkSchema),
  cursor: z.string().nullable(),
  settings: siteSettingsViewSchema,
  /** The first approved member units by join date and their total (from the org's summary item). */
  members: siteMembersLineSchema,
});
export type SiteView = z.infer<typeof siteViewSchema>;

/** A site address to check (`/o/<slug>`). */
export const siteAddressInput = z.object({ slug: slugSchema });
/** Whether a site address is still free: forms that propose one check it first. */
export const siteAddressSchema = z.object({ slug: z.string(), available: z.boolean() });
export type SiteAddress = z.infer<typeof siteAddressSchema>;

/** The org's admin moves its site to a new address; the old ones keep redirecting to it. */
export const changeSiteAddressInput = z.object({
  orgId: idSchema,
  expectedVersion: wholeNumber(z.number().int().min(1)),
  slug: slugSchema,
});
export type ChangeSiteAddressInput = z.infer<typeof changeSiteAddressInput>;

/** An org name to propose a site address for (the apply form shows it before submitting). */
export const siteAddressSuggestionInput = z.object({ name: orgNameSchema });
