import { describe, expect, it } from 'vitest';
import { useBrowserStack } from './harness';
import { DEMO_PASSWORD } from './web-flows';

const SHARED = 'public, max-age=0, s-maxage=60';
const PRIVATE = 'private, no-store';

/**
 * The cache headers the web server gives CloudFront: public site pages, RSS and sitemap may be
 * kept a minute at the edge; signed-in pages, forms, errors and anything read with a session
 * never are. (In AWS the `/o/*` behaviour forwards no session cookie at all; locally a cookie
 * reaches the server, and a page read with it is private.)
 */
describe('edge cache headers of the web server', () => {
  const stack = useBrowserStack();
  const get = (path: string, cookie?: string) => fetch(`${stack.webUrl}${path}`, { redirect: 'manual', headers: cookie ? { cookie } : {} });

  it('public pages, RSS and sitemap are shareable for a minute; forms, errors and the workspace are not', async () => {
    for (const path of ['/o/shandong', '/o/shandong/news', '/o/shandong/notices', '/o/shandong/from-below', '/o/shandong/about',
      '/o/shandong/members', '/o/shandong/rss.xml', '/o/shandong/sitemap.xml']) {
      const res = await get(path);
      expect(res.status, path).toBe(200);
      expect(res.headers.get('cache-control'), path).toBe(SHARED);
    }
    for (const path of ['/o/shandong/members/apply', '/o/no-such-site', '/login', '/w', '/']) {
      expect((await get(path)).headers.get('cache-control'), path).toBe(PRIVATE);
    }
  });

  it('a public page is the same with a session cookie (never read there), so still shared; the login that sets the cookie and the workspace are private', async () => {
    const body = new URLSearchParams({ login: 'sd.admin', password: DEMO_PASSWORD, next: '/w' });
    const login = await fetch(`${stack.webUrl}/login`, {
      method: 'POST', redirect: 'manual', body,
      headers: { origin: stack.webUrl, accept: 'text/html', 'content-type': 'application/x-www-form-urlencoded' },
    });
    expect(login.status).toBe(303);
    expect(login.headers.get('cache-control')).toBe(PRIVATE);
    const cookie = login.headers.getSetCookie().map((c) => c.split(';')[0]).join('; ');
    expect(cookie).toContain('trellis_session=');
    const anonymous = await get('/o/shandong');
    const signedIn = await get('/o/shandong', cookie);
    expect(signedIn.headers.get('cache-control')).toBe(anonymous.headers.get('cache-control'));
    expect(signedIn.headers.get('cache-control')).not.toBe(PRIVATE);
    expect((await get('/w', cookie)).headers.get('cache-control')).toBe(PRIVATE);
  });
});
