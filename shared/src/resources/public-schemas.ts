import { z } from 'zod';
import { cursorSchema, idSchema, slugSchema } from '../orgs/schemas';
import type { SiteHeader } from '../site-items/schemas';
import type { ResourceCategory } from './schemas';
import type { ResourceSubject } from './subjects';

/** A school's public site: its published works marked "public on the site". */
export const siteResourcesInput = z.object({ slug: slugSchema, cursor: cursorSchema });
export const siteResourceInput = z.object({ slug: slugSchema, resourceId: idSchema });

/** What the public may see of a work: no review trail, no account ids. */
export interface PublicResource {
  id: string;
  title: string;
  category: ResourceCategory;
  subject: ResourceSubject;
  description: string;
  authors: string[];
  teacher: string;
  schoolName: string;
  contentType: string;
  fileName: string;
  size: number;
  publishedAt: string | null;
  coverUrl: string | null;
}

export interface SiteResourcesView {
  site: SiteHeader;
  items: PublicResource[];
  cursor: string | null;
}

export interface SiteResourceView {
  site: SiteHeader;
  resource: PublicResource;
  playUrl: string;
}
