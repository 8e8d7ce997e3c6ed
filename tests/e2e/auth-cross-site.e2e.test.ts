import { createServer, type Server } from 'node:http';
import { afterAll, describe, expect, it } from 'vitest';
import { freePort } from '../../dev/ports';
import { useBrowserStack } from './harness';
import { newPage } from './web-flows';

/** Cross-site form posts are refused in every mode the web runs in (the dev server skips SvelteKit's own check). */
describe('cross-site requests', () => {
  const stack = useBrowserStack();
  let evil: Server | undefined;
  afterAll(() => new Promise<void>((resolve) => (evil ? evil.close(() => resolve()) : resolve())));

  const form = (fields: Record<string, string>) => new URLSearchParams(fields).toString();
  const post = (path: string, origin: string | null, body: string) =>
    fetch(`${stack.webUrl}${path}`, {
      method: 'POST', redirect: 'manual', body,
      headers: { 'content-type': 'application/x-www-form-urlencoded', ...(origin ? { origin } : {}) },
    });

  it('refuses a login and a logout posted with a forged Origin, and takes the same post from its own origin', async () => {
    const login = form({ login: 'sd.admin', password: 'wrong-password' });
    for (const path of ['/login', '/logout']) {
      const forged = await post(path, 'https://evil.example', login);
      expect(forged.status, path).toBe(403);
      // The production server's own origin check answers first (its text); the dev server skips it and the hooks refuse (ours).
      expect(await forged.text()).toMatch(/已拒绝来自其他网站的提交|Cross-site POST form submissions are forbidden/);
    }
    const own = await post('/login', stack.webUrl, login);
    expect(own.status).not.toBe(403);
    expect(own.status).toBeLessThan(500);
    expect(await own.text()).not.toMatch(/已拒绝来自其他网站的提交|Cross-site POST form submissions are forbidden/);
  });

  it('a page on another origin that submits a login form to Trellis gets 403', async () => {
    const port = await freePort();
    evil = createServer((_req, res) => {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(`<!doctype html><form id="f" method="POST" action="${stack.webUrl}/login">
        <input name="login" value="sd.admin"><input name="password" value="Trellis-demo-2026"></form>
        <script>document.getElementById('f').submit()</script>`);
    });
    await new Promise<void>((resolve) => evil!.listen(port, '127.0.0.1', () => resolve()));
    const { page, context } = await newPage(stack.browser);
    const answered = page.waitForResponse((r) => r.url().startsWith(`${stack.webUrl}/login`) && r.request().method() === 'POST', { timeout: 60_000 });
    await page.goto(`http://127.0.0.1:${port}/`);
    expect((await answered).status()).toBe(403);
    expect((await context.cookies(stack.webUrl)).some((c) => c.name.includes('session'))).toBe(false);
    await context.close();
  });
});
