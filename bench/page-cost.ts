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
 * The JavaScript a page loads, decoded: inline <script> bodies plus every external script and
 * modulepreload the HTML names (SvelteKit's production HTML preloads every static import).
 */
export async function pageJsBytes(webUrl: string, path: string, cookie?: string): Promise<number> {
  const headers: Record<string, string> = cookie ? { cookie } : {};
  const html = await (await fetch(`${webUrl}${path}`, { headers })).text();
  const files = new Set<string>();
  let bytes = 0;
  for (const m of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)) {
    const src = /\bsrc=["']([^"']+)["']/i.exec(m[1] ?? '')?.[1];
    if (src) files.add(src);
    else bytes += Buffer.byteLength(m[2] ?? '');
  }
  for (const m of html.matchAll(/<link\b[^>]*rel=["']modulepreload["'][^>]*>/gi)) {
    const href = /\bhref=["']([^"']+)["']/i.exec(m[0])?.[1];
    if (href) files.add(href);
  }
  for (const file of files) bytes += (await (await fetch(new URL(file, `${webUrl}${path}`), { headers })).arrayBuffer()).byteLength;
  return bytes;
}
