import { describe, expect, it } from 'vitest';
import { useBrowserStack } from './harness';
import { loginToWorkspace, newPage, seriousViolations } from './web-flows';

/** axe on the main pages: no serious or critical violations, in both locales. */
describe('accessibility', () => {
  const stack = useBrowserStack();

  it('public pages and the workspace have no serious or critical axe violations', async () => {
    const { context, page } = await newPage(stack.browser);
    for (const path of ['/', '/login', '/apply', '/lookup?q=山东', '/o/cvea']) {
      const response = await page.goto(`${stack.webUrl}${path}`);
      expect(response?.status(), path).toBe(200);
      expect(await page.locator('html').getAttribute('lang')).toBe('zh-CN');
      expect(await page.getByRole('heading', { level: 1 }).count(), path).toBe(1);
      expect(await seriousViolations(page), path).toEqual([]);
    }
    await loginToWorkspace(page, stack.webUrl, 'admin');
    expect(await seriousViolations(page), '/w').toEqual([]);
    // Statistics reporting: the home, opening a round, the national dashboard.
    for (const path of ['/w/reports', '/w/reports/new', '/w/reports/compare/cvea']) {
      expect((await page.goto(`${stack.webUrl}${path}`))?.status(), path).toBe(200);
      expect(await seriousViolations(page), path).toEqual([]);
    }
    await context.close();
  });

  it('the English locale switches <html lang> and stays accessible', async () => {
    const { context, page } = await newPage(stack.browser);
    await page.goto(`${stack.webUrl}/login`);
    await page.getByRole('button', { name: 'English' }).click();
    await page.waitForURL(`${stack.webUrl}/login`);
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
    expect(await page.getByRole('heading', { level: 1 }).innerText()).toBe('Sign in');
    expect(await seriousViolations(page), '/login (en)').toEqual([]);
    await context.close();
  });
});
