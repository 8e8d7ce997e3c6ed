import { describe, expect, it } from 'vitest';
import { useBrowserStack } from './harness';
import { applicationCard, applyViaApi, login, loginToWorkspace, newApplicant, newPage } from './web-flows';
import { WAIT } from './waits';

/** Every level sees and manages its own subtree and nothing else. */
describe('scope and disabling through the web', () => {
  const stack = useBrowserStack();

  it("gd.admin cannot see Shandong's applications", async () => {
    const number = await applyViaApi(stack.apiUrl, 'sd', newApplicant('山东范围测试学校'));

    const { context, page } = await newPage(stack.browser);
    await loginToWorkspace(page, stack.webUrl, 'gd.admin');

    // Asking for Shandong's inbox directly is refused, and shows nothing of it.
    const response = await page.goto(`${stack.webUrl}/w/approvals?org=sd`);
    expect(response?.status()).toBe(403);
    expect(await page.getByRole('heading', { level: 1 }).innerText()).toBe('无权访问');
    expect(await page.locator('main').innerText()).not.toContain(number);

    // Guangdong's own inbox, in every tab, does not list it.
    for (const status of ['pending', 'approved', 'rejected']) {
      await page.goto(`${stack.webUrl}/w/approvals?org=gd&status=${status}`);
      expect(await page.getByRole('heading', { level: 1 }).innerText()).toContain('广东省职业技术教育学会');
      expect(await applicationCard(page, number).count()).toBe(0);
      expect(await page.locator('main').innerText()).not.toContain(number);
    }
    await context.close();

    // Shandong's admin does see it.
    const sd = await newPage(stack.browser);
    await loginToWorkspace(sd.page, stack.webUrl, 'sd.admin');
    await sd.page.goto(`${stack.webUrl}/w/approvals?org=sd`);
    expect(await applicationCard(sd.page, number).count()).toBe(1);
    await sd.context.close();
  });

  it('after sd.admin disables 济南信息工程学校, jnxx.admin cannot log in', async () => {
    const web = stack.webUrl;
    const sd = await newPage(stack.browser);
    await loginToWorkspace(sd.page, web, 'sd.admin');
    await sd.page.goto(`${web}/w/orgs/sd-jn-xxgc`);
    expect(await sd.page.getByRole('heading', { level: 1 }).innerText()).toContain('济南信息工程学校');
    await sd.page.locator('#status-reason').fill('办学资质年检未通过，暂停使用');
    await sd.page.getByRole('button', { name: '停用', exact: true }).click();
    await sd.page.getByRole('button', { name: '确认' }).click();
    // Lands on the parent (济南市职业教育学会), whose list shows the school as disabled.
    await expect.poll(() => sd.page.getByText('单位已停用。').count(), WAIT).toBe(1);
    const row = sd.page.getByRole('row').filter({ hasText: '济南信息工程学校' });
    expect(await row.innerText()).toContain('已停用');
    await sd.context.close();

    const jnxx = await newPage(stack.browser);
    await login(jnxx.page, web, 'jnxx.admin');
    await expect.poll(() => jnxx.page.getByRole('alert').count(), WAIT).toBeGreaterThan(0);
    expect(new URL(jnxx.page.url()).pathname).toBe('/login');
    const cookies = await jnxx.context.cookies();
    expect(cookies.some((c) => c.name === 'trellis_session' && c.value)).toBe(false);
    await jnxx.page.goto(`${web}/w`);
    expect(new URL(jnxx.page.url()).pathname).toBe('/login');
    await jnxx.context.close();

    // The school's public site now only says that it is closed.
    const reader = await newPage(stack.browser, { javaScriptEnabled: false });
    await reader.page.goto(`${web}/o/jnxxgc`);
    expect(await reader.page.getByTestId('site-closed').innerText()).toBe('本单位网站已关闭');
    expect(await reader.page.getByTestId('site-intro').count()).toBe(0);
    await reader.context.close();
  });

  it('sd.admin re-enables 济南信息工程学校 and jnxx.admin can log in again', async () => {
    const web = stack.webUrl;
    const sd = await newPage(stack.browser);
    await loginToWorkspace(sd.page, web, 'sd.admin');
    await sd.page.goto(`${web}/w/orgs/sd-jn`);
    const link = sd.page.getByRole('row').filter({ hasText: '济南信息工程学校' }).getByRole('link');
    expect(await link.getAttribute('href')).toBe('/w/orgs/sd-jn-xxgc');
    const response = await sd.page.goto(`${web}/w/orgs/sd-jn-xxgc`);
    expect(response?.status(), 'an ancestor admin opens the disabled school (orgs.get must allow it)').toBe(200);
    expect(await sd.page.getByTestId('org-status').innerText()).toBe('已停用');
    await sd.page.locator('#status-reason').fill('年检整改完成');
    await sd.page.getByRole('button', { name: '重新启用', exact: true }).click();
    await sd.page.getByRole('button', { name: '确认' }).click();
    await expect.poll(() => sd.page.getByText('单位已重新启用。').count(), WAIT).toBe(1);
    expect(await sd.page.getByTestId('org-status').innerText()).toBe('正常');
    await sd.context.close();

    const jnxx = await newPage(stack.browser);
    await loginToWorkspace(jnxx.page, web, 'jnxx.admin');
    expect(await jnxx.page.getByTestId('membership').innerText()).toContain('济南信息工程学校');
    await jnxx.context.close();
  });
});
