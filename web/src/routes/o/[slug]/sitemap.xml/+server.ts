import { error } from '@sveltejs/kit';
import type { RequestHandler } from './$types';
import { siteLines } from '#lib/server/site-feed.ts';
import { followSiteAddress } from '#lib/server/site-address.ts';
import { xmlEscape } from '#lib/server/xml.ts';
import { itemHref, showsWorks } from '#lib/sites.ts';
import { SHARED_CACHE } from '@trellis/shared/http/edge-cache';

/**
 * The sitemap of one site: the sections its frame links to (members; a school's public works
 * too) and every published news item and notice (up to 10 pages of each).
 */
export const GET: RequestHandler = async ({ params, url }) => {
  const found = await siteLines(params.slug, ['news', 'notice'], 10);
  if (!found) error(404, 'site not found');
  followSiteAddress(url, found.site.slug);
  const base = `${url.origin}/o/${found.site.slug}`;
  const sections = [`${base}/news`, `${base}/notices`, `${base}/from-below`, `${base}/members`];
  if (showsWorks(found.site.type)) sections.push(`${base}/resources`);
  const pages = found.site.closed ? [base] : [base, ...sections, `${base}/about`];
  const urls = pages.map((loc) => `<url><loc>${xmlEscape(loc)}</loc></url>`);
  if (!found.site.closed) {
    for (const l of found.lines) {
      urls.push(`<url><loc>${xmlEscape(`${url.origin}${itemHref(found.site.slug, l.kind, l.id)}`)}</loc><lastmod>${l.at.slice(0, 10)}</lastmod></url>`);
    }
  }
  const xml = `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">${urls.join('')}</urlset>\n`;
  return new Response(xml, { headers: { 'content-type': 'application/xml; charset=utf-8', 'cache-control': SHARED_CACHE } });
};
