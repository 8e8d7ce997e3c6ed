import { chromium, type Browser } from 'playwright-core';
import { CHROMIUM_PATH } from '../dev/prerequisites';

/**
 * What one page view costs on the local stack: the DynamoDB requests and API calls made by the
 * web server's render (counted by the local gateway's meter, `dev/gateway-meter.ts`) and the
 * JavaScript the page loads. Used by `npm run bench:pages` and tests/e2e/page-budgets.e2e.test.ts.
 */
export interface PageCost {
  ddbRequests: number;
  apiCalls: number;
  byCommand: Record<string, number>;
  routes: string[];
}

/** Signs in through the web's login form; returns the session cookie (`name=value`). */
export async function signIn(webUrl: string, login: string, password: string): Promise<string> {
  const res = await fetch(`${webUrl}/login`, {
    method: 'POST',
    redirect: 'manual',
    headers: { origin: webUrl, accept: 'text/html', 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ login, password, next: '/w' }).toString(),
  });
  const text = await res.text();
  const cookie = res.headers.getSetCookie().find((c) => c.startsWith('trellis_session='));
  if (res.status !== 303 || !cookie) throw new Error(`sign-in as ${login} failed: HTTP ${res.status} ${text.slice(0, 300)}`);
  return cookie.split(';')[0] ?? '';
}

/** One GET of `path` (with `cookie` when given) with the gateway's meter reset before and read after. */
export async function pageCost(webUrl: string, apiUrl: string, path: string, cookie?: string): Promise<PageCost> {
  await (await fetch(`${apiUrl}/__meter`, { method: 'DELETE' })).arrayBuffer();
  const res = await fetch(`${webUrl}${path}`, { redirect: 'manual', headers: cookie ? { cookie } : {} });
  await res.arrayBuffer();
  if (res.status !== 200) throw new Error(`${path}: HTTP ${res.status}`);
  return (await (await fetch(`${apiUrl}/__meter`)).json()) as PageCost;
}

/**
 * The JavaScript a page loads, decoded: what Debian's Chromium fetches for it (every script
 * response, static and dynamic imports alike) until the network is idle, with the session cookie.
 */
export async function pageJsBytes(browser: Browser, webUrl: string, path: string, cookie?: string): Promise<number> {
  const context = await browser.newContext();
  try {
    if (cookie) {
      const [name = '', value = ''] = cookie.split('=');
      await context.addCookies([{ name, value, url: webUrl }]);
    }
    const page = await context.newPage();
    const bodies: Promise<number>[] = [];
    page.on('response', (res) => {
      if (res.request().resourceType() === 'script') bodies.push(res.body().then((b) => b.byteLength, () => 0));
    });
    await page.goto(`${webUrl}${path}`, { waitUntil: 'networkidle' });
    const inline = await page.evaluate(() => [...document.querySelectorAll('script:not([src])')].reduce((n, s) => n + new TextEncoder().encode(s.textContent ?? '').length, 0));
    return inline + (await Promise.all(bodies)).reduce((a, b) => a + b, 0);
  } finally {
    await context.close();
  }
}

/** Debian's Chromium, headless, as the browser tests launch it. */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
}
