/** Methods that change state: a browser must send them from the app's own pages. */
const STATE_CHANGING = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/**
 * Whether a request is a cross-site state change to refuse (CSRF), in every mode the app runs in:
 * SvelteKit's own origin check is skipped by the dev server, so `npm start` would take a forged
 * login or logout. Browsers send `Origin` on these requests; without it, `Sec-Fetch-Site` tells.
 * A request with neither comes from no browser, so no browser's cookies can be abused by it.
 */
export function isCrossSiteChange(request: Request, ownOrigin: string): boolean {
  if (!STATE_CHANGING.has(request.method)) return false;
  const origin = request.headers.get('origin');
  if (origin !== null) return origin !== ownOrigin;
  const site = request.headers.get('sec-fetch-site');
  return site !== null && site !== 'same-origin' && site !== 'none';
}
