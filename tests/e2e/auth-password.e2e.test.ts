import { randomInt } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { useBrowserStack } from './harness';
import { DEMO_PASSWORD, login, newPage } from './web-flows';

async function postJson(url: string, body: unknown, token?: string): Promise<{ status: number; body: Record<string, unknown> }> {
  const res = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify(body),
  });
  return { status: res.status, body: (await res.json()) as Record<string, unknown> };
}

/** Changing the password in the browser: this browser stays signed in, every other session ends. */
describe('changing the password on the web', () => {
  const stack = useBrowserStack();

  it('keeps the changing browser signed in (with JavaScript off) and signs the other one out', async () => {
    const web = stack.webUrl;
    const admin = await postJson(`${stack.apiUrl}/auth/login`, { login: 'jnxx.admin', password: DEMO_PASSWORD });
    expect(admin.status).toBe(200);
    const username = `pw${Date.now().toString(36)}${randomInt(1296).toString(36)}`;
    const created = await postJson(
      `${stack.apiUrl}/orgs/sd-jn-xxgc/accounts`,
      { username, displayName: '改密测试', roles: ['teacher'], password: 'first-temp-pass-1' },
      admin.body.token as string,
    );
    expect(created.status, JSON.stringify(created.body)).toBe(201);

    const other = await newPage(stack.browser);
    await login(other.page, web, username, 'first-temp-pass-1');
    await other.page.waitForURL(/\/password/);

    const here = await newPage(stack.browser, { javaScriptEnabled: false });
    await login(here.page, web, username, 'first-temp-pass-1');
    await here.page.waitForURL(/\/password/);
    await here.page.locator('#f-current').fill('first-temp-pass-1');
    await here.page.locator('#f-next').fill('second-chosen-pass-1');
    await here.page.locator('#f-confirm').fill('second-chosen-pass-1');
    await here.page.getByRole('button', { name: '修改密码' }).click();
    await here.page.waitForURL(`${web}/w`);
    await here.page.reload();
    expect(new URL(here.page.url()).pathname).toBe('/w');

    await other.page.goto(`${web}/w`);
    await other.page.waitForURL(/\/login/);
    await here.context.close();
    await other.context.close();
  });
});
