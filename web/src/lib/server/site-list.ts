import type { SiteListCategory } from '@trellis/shared/site-items/schemas';
import { api } from './api.ts';
import { ensureFound } from './ensure-found.ts';
import { followSiteAddress } from './site-address.ts';

/** One page of a public site list (news, notices, from below) for a server load, 404 for unknown sites. */
export async function loadSiteList(slug: string, category: SiteListCategory, url: URL) {
  const result = await api('siteItems.publicList', { params: { slug }, query: { category, cursor: url.searchParams.get('cursor') } }, null);
  ensureFound(result, 'site.not_found');
  followSiteAddress(url, result.data.site.slug);
  return { ...result.data, canonical: `${url.origin}${url.pathname}` };
}

/** One published item on a site; 404 when it is not (or no longer) published there. */
export async function loadSiteItem(slug: string, itemId: string, url: URL) {
  const result = await api('siteItems.publicGet', { params: { slug, itemId } }, null);
  ensureFound(result, 'siteItem.not_found');
  followSiteAddress(url, result.data.site.slug);
  return { ...result.data, canonical: `${url.origin}${url.pathname}` };
}
