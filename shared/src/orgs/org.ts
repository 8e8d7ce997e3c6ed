import { z } from 'zod';
import { ORG_TYPES, type OrgStatus, type OrgType } from './org-types';

export const orgTypeSchema = z.enum(ORG_TYPES);

/** An organization as the API returns it. */
export interface Org {
  id: string;
  name: string;
  type: OrgType;
  parentId: string | null;
  /** Materialized path of ancestor ids and the org itself: `/n1/p3/s42/`. */
  path: string;
  slug: string;
  status: OrgStatus;
  region: string;
  code: string | null;
  intro: string;
  contact: OrgContact;
  createdAt: string;
  version: number;
  /** The public site's state, set by superiors (issue 6); absent means active. */
  siteStatus?: SiteStatus;
  /** The public site's look and navigation (issue 6). */
  siteSettings?: SiteSettings;
}

export interface SiteStatus {
  state: 'active' | 'closed';
  reason?: string;
  by?: string;
  at?: string;
}

export interface SiteSettings {
  logoKey?: string;
  bannerKey?: string;
  navOrder?: Array<'home' | 'news' | 'notices' | 'members' | 'about'>;
  customDomain?: string;
}

export const orgContactSchema = z.object({
  person: z.string().trim().max(40).default(''),
  phone: z.string().trim().max(40).default(''),
  email: z.union([z.literal(''), z.email()]).default(''),
  address: z.string().trim().max(200).default(''),
});
export type OrgContact = z.infer<typeof orgContactSchema>;

/** A page of results and the opaque cursor for the next page (null when done). */
export interface Page<T> {
  items: T[];
  cursor: string | null;
}
