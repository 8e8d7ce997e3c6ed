import type { Key } from './keys';
import type { SiteItemStatus, SiteListCategory } from '../site-items/schemas';

/** Keys of site items (news and notices on org websites) and what they put on sites. */
export const siteItemKeys = {
  item: (id: string): Key => ({ pk: `SITEITEM#${id}#`, sk: 'ITEM' }),
  /** GSI1: an org's own items by status, newest last (the workspace list). */
  byOrigin: (orgId: string, status: SiteItemStatus, updatedAt: string, id: string) => ({
    gsi1pk: `SITEITEMS#${orgId}#`,
    gsi1sk: `${status}#${updatedAt}#${id}#`,
  }),
  byOriginPartition: (orgId: string) => `SITEITEMS#${orgId}#`,
  /** A site's published lines by category and time (the public lists, RSS and sitemap). */
  pubPartition: (siteId: string) => `SITEPUB#${siteId}#`,
  pub: (siteId: string, category: SiteListCategory, at: string, id: string): Key => ({
    pk: `SITEPUB#${siteId}#`,
    sk: `${category}#${at}#${id}#`,
  }),
  /** A site's review queue: items recommended to it from below. */
  queuePartition: (siteId: string) => `SITEQUEUE#${siteId}#`,
  queue: (siteId: string, at: string, id: string): Key => ({ pk: `SITEQUEUE#${siteId}#`, sk: `${at}#${id}#` }),
  /** The home projection: the newest lines of each category, read with the org chain. */
  home: (siteId: string): Key => ({ pk: `SITEHOME#${siteId}#`, sk: 'HOME' }),
  /** An image attached to an item, served publicly (only such images are). */
  image: (uploadId: string): Key => ({ pk: `SITEIMG#${uploadId}#`, sk: 'IMG' }),
};
