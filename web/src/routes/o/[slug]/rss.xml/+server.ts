import { error } from '@sveltejs/kit';
import type { RequestHandler } from './$types';
import { siteLines } from '#lib/server/site-feed.ts';
import { followSiteAddress } from '#lib/server/site-address.ts';
import { xmlEscape } from '#lib/server/xml.ts';
import { itemHref } from '#lib/sites.ts';
import { SHARED_CACHE } from '@trellis/shared/http/edge-cache';

/** RSS 2.0 of a site's latest news and notices (nothing taken down, nothing of a closed site). */
export const GET: RequestHandler = async ({ params, url }) => {
  const found = await siteLines(params.slug, ['news', 'notice'], 1);
  if (!found) error(404, 'site not found');
  followSiteAddress(url, found.site.slug);
  const base = `${url.origin}/o/${found.site.slug}`;
  const items = found.site.closed ? [] : found.lines.slice(0, 20);
  const entries = items.map((l) => {
    const link = `${url.origin}${itemHref(found.site.slug, l.kind, l.id)}`;
    const source = l.fromBelow ? `（来源：${l.sourceName}）` : '';
    return `<item><title>${xmlEscape(l.title)}</title><link>${xmlEscape(link)}</link><guid isPermaLink="true">${xmlEscape(link)}</guid>`
      + `<pubDate>${new Date(l.at).toUTCString()}</pubDate><description>${xmlEscape(l.summary + source)}</description></item>`;
  });
  const xml = `<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0"><channel><title>${xmlEscape(found.site.name)}</title>`
    + `<link>${xmlEscape(base)}</link><description>${xmlEscape(found.site.name)}</description><language>zh-cn</language>${entries.join('')}</channel></rss>\n`;
  return new Response(xml, { headers: { 'content-type': 'application/rss+xml; charset=utf-8', 'cache-control': SHARED_CACHE } });
};
