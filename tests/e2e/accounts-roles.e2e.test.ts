import { randomInt } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { useBrowserStack } from './harness';
import { WAIT } from './waits';
import { DEMO_PASSWORD, loginToWorkspace, newPage, seriousViolations } from './web-flows';

async function post(apiUrl: string, path: string, body: unknown, token?: string) {
  const res = await fetch(`${apiUrl}${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify(body),
  });
  return { status: res.status, body: (await res.json()) as Record<string, unknown> };
}

/**
 * Role edits through the org page: the form sends the membership version it showed, so of two
 * admins editing from the same page state the second is told to reload (成都: few accounts, one page).
 */
describe('account roles through the web', () => {
  const stack = useBrowserStack();

  it('two admins edit a teacher\'s roles from the same version: the first saves, the stale one sees a conflict', async () => {
    const web = stack.webUrl;
    const login = await post(stack.apiUrl, '/auth/login', { login: 'cd.admin', password: DEMO_PASSWORD });
    expect(login.status).toBe(200);
    const username = `e2er${Date.now().toString(36)}${randomInt(1296).toString(36)}`;
    const created = await post(stack.apiUrl, '/orgs/sc-cd/accounts', {
      username, displayName: '角色老师', roles: ['teacher'], password: 'initial-pass-1',
    }, String(login.body.token));
    expect(created.status, JSON.stringify(created.body)).toBe(201);

    const city = await newPage(stack.browser);
    const province = await newPage(stack.browser, { javaScriptEnabled: false });
    for (const p of [city.page, province.page]) p.setDefaultTimeout(15_000);
    await loginToWorkspace(city.page, web, 'cd.admin');
    await loginToWorkspace(province.page, web, 'sc.admin');
    for (const p of [city.page, province.page]) await p.goto(`${web}/w/orgs/sc-cd`);
    const rowOf = (page: typeof city.page) => page.locator(`[data-testid="account"][data-username="${username}"]`);

    // Admins of 成都 are managed from above only: cd.admin gets no manage controls on its own row, sc.admin does.
    const adminRow = (page: typeof city.page) => page.locator('[data-testid="account"][data-username="cd.admin"]');
    expect(await adminRow(city.page).locator('summary').count()).toBe(0);
    expect(await adminRow(province.page).locator('summary').count()).toBe(1);
    const first = rowOf(city.page);
    await first.locator('summary').click();
    await first.getByRole('checkbox', { name: '专家' }).check();
    await first.getByRole('button', { name: '保存角色' }).click();
    await expect.poll(() => rowOf(city.page).locator('p .tag').allInnerTexts(), WAIT).toContain('专家');
    expect(await seriousViolations(city.page)).toEqual([]);

    const stale = rowOf(province.page);
    await stale.locator('summary').click();
    await stale.getByRole('checkbox', { name: '领导' }).check();
    await stale.getByRole('button', { name: '保存角色' }).click();
    await province.page.waitForLoadState();
    const refused = rowOf(province.page);
    expect(await refused.innerText()).toContain('角色刚被他人修改');
    // The first edit stands: reloading shows 教师 and 专家, not 领导.
    await province.page.goto(`${web}/w/orgs/sc-cd`);
    const tags = await rowOf(province.page).locator('p .tag').allInnerTexts();
    expect(tags).toEqual(expect.arrayContaining(['教师', '专家']));
    expect(tags).not.toContain('领导');
    await city.context.close();
    await province.context.close();
  });
});
