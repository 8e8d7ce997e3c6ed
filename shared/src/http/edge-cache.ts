/**
 * Cache headers of the web's responses. Public site pages (`/o/...`, their RSS and sitemap) may
 * be kept by the CDN for a minute (`s-maxage=60`; browsers revalidate every time, `max-age=0`):
 * CloudFront honours it on the `/o/*` behaviour and never keeps anything longer (the cache
 * policy's maximum TTL is 60 s, infra/lib/edge-cache.ts), and every change to a site invalidates
 * its pages at once (functions/src/edge/). Everything else is `private, no-store`: signed-in
 * pages, forms, anything that sets a cookie or read the session, errors (`cacheHeaderFor`).
 */
export const SHARED_CACHE = 'public, max-age=0, s-maxage=60';
export const NO_STORE = 'private, no-store';
/** The longest a CDN may keep a public page, in seconds (the s-maxage above). */
export const SHARED_MAX_AGE_SECONDS = 60;

/**
 * The Cache-Control a response leaves with. A route's private header (`private, max-age=60` on a
 * workspace image link) is kept; a shareable one only on a successful response that sets no
 * cookie, to a request whose session was not read; anything else is `private, no-store`.
 */
export function cacheHeaderFor(response: { status: number; headers: Headers }, sessionRead: boolean): string {
  const declared = response.headers.get('cache-control');
  if (declared === null) return NO_STORE;
  if (/\b(private|no-store)\b/.test(declared)) return declared;
  const shareable = response.status < 400 && !sessionRead && !response.headers.has('set-cookie');
  return shareable ? declared : NO_STORE;
}
