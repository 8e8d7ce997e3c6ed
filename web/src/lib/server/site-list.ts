import { error } from '@sveltejs/kit';
import type { SiteListCategory } from '@trellis/shared/site-items/schemas';
import { api } from './api.ts';

/** One page of a public site list (news, notices, from below) for a server load, 404 for unknown sites. */
export async function loadSiteList(slug: string, category: SiteListCategory, url: URL) {
  const result = await api('public.siteItems', { params: { slug }, query: { category, cursor: url.searchParams.get('cursor') } }, null);
  if (!result.ok) {
    const status = result.status >= 500 ? result.status : 404;
    error(status, result.error.message, { code: status === 404 ? 'site.not_found' : result.error.code });
  }
  return { ...result.data, canonical: `${url.origin}${url.pathname}` };
}

/** One published item on a site; 404 when it is not (or no longer) published there. */
export async function loadSiteItem(slug: string, itemId: string, url: URL) {
  const result = await api('public.siteItem', { params: { slug, itemId } }, null);
  if (!result.ok) {
    const status = result.status >= 500 ? result.status : 404;
    error(status, result.error.message, { code: status === 404 ? 'siteItem.not_found' : result.error.code });
  }
  return { ...result.data, canonical: `${url.origin}${url.pathname}` };
}
