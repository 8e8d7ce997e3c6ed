import { error } from '@sveltejs/kit';
import type { RequestHandler } from './$types';
import { siteLines } from '#lib/server/site-feed.ts';
import { xmlEscape } from '#lib/server/xml.ts';
import { itemHref } from '#lib/sites.ts';

/** The sitemap of one site: its sections and every published news item and notice (up to 10 pages of each). */
export const GET: RequestHandler = async ({ params, url }) => {
  const found = await siteLines(params.slug, ['news', 'notice'], 10);
  if (!found) error(404, 'site not found');
  const base = `${url.origin}/o/${found.site.slug}`;
  const pages = found.site.closed ? [base] : [base, `${base}/news`, `${base}/notices`, `${base}/from-below`, `${base}/about`];
  const urls = pages.map((loc) => `<url><loc>${xmlEscape(loc)}</loc></url>`);
  if (!found.site.closed) {
    for (const l of found.lines) {
      urls.push(`<url><loc>${xmlEscape(`${url.origin}${itemHref(found.site.slug, l.kind, l.id)}`)}</loc><lastmod>${l.at.slice(0, 10)}</lastmod></url>`);
    }
  }
  const xml = `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">${urls.join('')}</urlset>\n`;
  return new Response(xml, { headers: { 'content-type': 'application/xml; charset=utf-8', 'cache-control': 'public, max-age=300' } });
};
