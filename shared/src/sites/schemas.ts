import { z } from 'zod';
import { orgContactSchema, type Org } from '../orgs/org';
import { idSchema, slugSchema } from '../orgs/schemas';
import type { SiteHome } from '../site-items/schemas';

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

/** The public website of one org. `closed` when the org or an ancestor is disabled, or the site is closed. */
export interface SiteView {
  closed: boolean;
  /** Why superiors closed the site, when they said. */
  closedReason: string | null;
  /** The newest news, notices and items from below, from the site's home projection. */
  home: SiteHome;
  org: Pick<Org, 'name' | 'type' | 'slug' | 'region' | 'intro' | 'contact'>;
  parent: SiteOrgLink | null;
  children: SiteOrgLink[];
  cursor: string | null;
  /** Logo and banner (short-lived signed URLs) and the navigation order. */
  settings: SiteSettingsView;
  /** The first approved member units by join date and their total (from the org's summary item). */
  members: { items: { name: string; type: string }[]; total: number };
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
