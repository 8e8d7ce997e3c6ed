/**
 * The CDN paths of an org's public site, for invalidating the edge cache when something on it
 * changes. A site lives under `/o/<slug>`: home (with `?cursor=` pages), news, notices, items
 * from below, members, about, works, RSS and sitemap. One wildcard, `/o/<slug>*`, covers the
 * home, every page under it and every query-string variant (CloudFront caches `?cursor=`
 * pages apart and a path without `*` would leave them). It also matches sites whose slug
 * merely starts with this one (`/o/sd*` takes `/o/sd-jn` too): those pages are fetched again
 * once, which costs a cache miss, never a stale page. CloudFront bills an invalidation path
 * once whatever it matches (the first 1,000 a month free, then $0.005 each).
 *
 * H4's readable addresses: a change of slug invalidates the old address and the new one
 * (`slugChangePaths`), since the old one turns into a redirect.
 */
export const PUBLIC_SITE_PREFIX = '/o/';

/** The one invalidation path covering every page of the site at `slug`. */
export function sitePaths(slug: string): string[] {
  return [`${PUBLIC_SITE_PREFIX}${encodeURIComponent(slug)}*`];
}

/** The paths of several sites, each once, in a stable order (one invalidation request per change). */
export function sitesPaths(slugs: Iterable<string>): string[] {
  return [...new Set([...slugs].filter((s) => s.length > 0))].sort().flatMap(sitePaths);
}

/** A site's address changed: the old pages (now redirects) and the new ones. */
export function slugChangePaths(oldSlug: string, newSlug: string): string[] {
  return sitesPaths([oldSlug, newSlug]);
}
