import { z } from 'zod';
import { orgContactSchema, type Org } from '../org/org';
import { idSchema, slugSchema } from '../org/schemas';

export const editSiteInput = z.object({
  orgId: idSchema,
  expectedVersion: z.coerce.number().int().min(1),
  intro: z.string().trim().max(5000, 'intro.too_long'),
  contact: orgContactSchema,
});
export type EditSiteInput = z.infer<typeof editSiteInput>;

export const siteSlugInput = z.object({ slug: slugSchema, cursor: z.string().max(2048).optional() });

export interface SiteOrgLink {
  name: string;
  slug: string;
  type: Org['type'];
}

/** The public website of one org. `closed` when the org or an ancestor is disabled. */
export interface SiteView {
  closed: boolean;
  org: Pick<Org, 'name' | 'type' | 'slug' | 'region' | 'intro' | 'contact'>;
  parent: SiteOrgLink | null;
  children: SiteOrgLink[];
  cursor: string | null;
  /** Why a superior closed the site (issue 6); null when open or closed only by a disabled org. */
  closedReason?: string | null;
  /** Logo and banner (short-lived signed URLs) and the navigation order (issue 6). */
  settings?: SiteSettingsView;
}

export interface SiteSettingsView {
  logoUrl: string | null;
  bannerUrl: string | null;
  navOrder: Array<'home' | 'news' | 'notices' | 'members' | 'about'>;
}

export interface LookupResult {
  id: string;
  name: string;
  type: Org['type'];
  slug: string;
  region: string;
  parentName: string | null;
  status: Org['status'];
}
