import type { PublicSiteList, SiteHeader, SiteItemLine, SiteListCategory } from '@trellis/shared/site-items/schemas';
import { api, type ApiResult } from './api.ts';

/**
 * Published lines of a site in some categories, following cursors up to `pages` pages each,
 * newest first; null when the site does not exist.
 */
export async function siteLines(slug: string, categories: SiteListCategory[], pages: number): Promise<{ site: SiteHeader; lines: SiteItemLine[] } | null> {
  let site: SiteHeader | null = null;
  const lines: SiteItemLine[] = [];
  for (const category of categories) {
    let cursor: string | null = null;
    for (let page = 0; page < pages; page++) {
      const res: ApiResult<PublicSiteList> = await api('siteItems.publicList', { params: { slug }, query: { category, cursor } }, null);
      if (!res.ok) return null;
      site = res.data.site;
      lines.push(...res.data.items);
      cursor = res.data.cursor;
      if (!cursor) break;
    }
  }
  if (!site) return null;
  return { site, lines: lines.sort((a, b) => (a.at < b.at ? 1 : a.at > b.at ? -1 : 0)) };
}
