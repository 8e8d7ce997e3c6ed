import { describe, expect, it } from 'vitest';
import { useBrowserStack } from './harness';
import { loginToWorkspace, newApplicant, newPage, seriousViolations, navTo } from './web-flows';
import { WAIT } from './waits';

/** Member units: apply on the public site, approval, the public member page without JS, ending; a superior closes a site. */
describe('member units and site status through the web', () => {
  const stack = useBrowserStack();

  it('a unit applies to join 济南市职业教育学会, is approved, listed without JS, then ended and gone', async () => {
    const web = stack.webUrl;
    const unit = newApplicant('济南会员企业');

    // The applicant, with JavaScript on.
    const applicant = await newPage(stack.browser);
    await applicant.page.goto(`${web}/o/jinan/members/apply`);
    const p = applicant.page;
    await p.locator('#mem-name').fill(unit.orgName);
    await p.locator('#mem-type').selectOption('enterprise');
    await p.locator('#mem-code').fill(unit.code);
    await p.locator('#mem-contactPerson').fill('钱经理');
    await p.locator('#mem-phone').fill('0531-88880000');
    await p.locator('#mem-email').fill(`${unit.username}@example.com`);
    await p.locator('#mem-address').fill('济南市历下区经十路 1 号');
    await p.getByRole('button', { name: '提交申请' }).click();
    await p.waitForURL(/\/o\/jinan\/members\/status\/HY/);
    const number = (await p.getByTestId('member-number').innerText()).trim();
    expect(number).toMatch(/^HY\d{8}-[0-9A-Z]{6}$/);
    expect(await p.getByTestId('member-status').innerText()).toBe('待审核');
    await applicant.context.close();

    // The association's admin approves it.
    const admin = await newPage(stack.browser);
    await loginToWorkspace(admin.page, web, 'jn.admin');
    await navTo(admin.page, 'nav-members');
    await admin.page.waitForURL(`${web}/w/orgs/sd-jn/members`);
    await admin.page.getByTestId(`approve-${number}`).click();
    await expect.poll(() => admin.page.getByText('已处理申请。').count(), WAIT).toBe(1);

    // The public member page, JavaScript disabled.
    const reader = await newPage(stack.browser, { javaScriptEnabled: false });
    const response = await reader.page.goto(`${web}/o/jinan/members`);
    expect(response?.status()).toBe(200);
    expect(await reader.page.getByRole('heading', { level: 3, name: '企业' }).count()).toBe(1);
    expect(await reader.page.locator('main').innerText()).toContain(unit.orgName);
    expect(await reader.page.locator('link[rel="canonical"]').getAttribute('href')).toBe(`${web}/o/jinan/members`);
    expect(await reader.page.locator('meta[property="og:title"]').getAttribute('content')).toContain('会员单位');
    expect(await reader.page.locator('script').count()).toBe(0);

    // The admin ends the membership, after a confirmation.
    await admin.page.goto(`${web}/w/orgs/sd-jn/members?status=approved&q=${encodeURIComponent(unit.orgName)}`);
    await admin.page.getByRole('link', { name: unit.orgName }).click();
    await admin.page.locator('#end-reason').fill('单位已注销');
    await admin.page.getByRole('button', { name: '终止会员资格' }).click();
    await admin.page.getByTestId('confirm-end').click();
    await expect.poll(() => admin.page.getByText('已终止会员资格。').count(), WAIT).toBe(1);
    await admin.context.close();

    await reader.page.goto(`${web}/o/jinan/members`);
    expect(await reader.page.locator('main').innerText()).not.toContain(unit.orgName);
    await reader.context.close();
  });

  // Another org than the site-settings test's, so neither depends on the other's leftovers.
  it('济南市 closes the site of 济南汽车职业教育集团 with a reason; the public page shows it; then reopens it', async () => {
    const web = stack.webUrl;
    const sup = await newPage(stack.browser);
    await loginToWorkspace(sup.page, web, 'jn.admin');
    await sup.page.goto(`${web}/w/orgs/sd-jn-qcjt`);
    await sup.page.locator('#site-status-reason').fill('网站内容整改中');
    await sup.page.getByRole('button', { name: '关闭网站' }).click();
    await sup.page.getByTestId('confirm-site-status').click();
    await expect.poll(() => sup.page.getByText('网站状态已更新。').count(), WAIT).toBe(1);

    const reader = await newPage(stack.browser, { javaScriptEnabled: false });
    await reader.page.goto(`${web}/o/jnqcjt`);
    expect(await reader.page.getByTestId('site-closed').count()).toBe(1);
    expect(await reader.page.getByTestId('site-closed-reason').innerText()).toContain('网站内容整改中');

    // Its own site is not the association admin's to close.
    await sup.page.goto(`${web}/w/orgs/sd-jn`);
    expect(await sup.page.getByTestId('site-status').count()).toBe(0);

    await sup.page.goto(`${web}/w/orgs/sd-jn-qcjt`);
    await sup.page.getByRole('button', { name: '重新开放网站' }).click();
    await sup.page.getByTestId('confirm-site-status').click();
    await expect.poll(() => sup.page.getByText('网站状态已更新。').count(), WAIT).toBe(1);
    await reader.page.goto(`${web}/o/jnqcjt`);
    expect(await reader.page.getByTestId('site-closed').count()).toBe(0);
    await sup.context.close();
    await reader.context.close();
  });

  it('site settings: a logo uploaded with JS shows on the public page; the navigation order moves without JS', async () => {
    const web = stack.webUrl;
    const admin = await newPage(stack.browser);
    await loginToWorkspace(admin.page, web, 'jn.admin');
    await admin.page.goto(`${web}/w/orgs/sd-jn-jsxy`);
    await admin.page.getByTestId('link-site-settings').click();
    await admin.page.waitForURL(`${web}/w/orgs/sd-jn-jsxy/site-settings`);
    const png = Buffer.alloc(4096, 7);
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]).copy(png, 0);
    // The picker appears once the page's script runs.
    await expect.poll(() => admin.page.getByTestId('file-logoUploadId').count(), WAIT).toBe(1);
    await admin.page.getByTestId('file-logoUploadId').setInputFiles({ name: 'logo.png', mimeType: 'image/png', buffer: png });
    await expect.poll(() => admin.page.locator('#siteset-logoUploadId').inputValue(), WAIT).toMatch(/^up-/);
    await admin.page.getByRole('button', { name: '保存', exact: true }).click();
    await expect.poll(() => admin.page.getByTestId('settings-saved').count(), WAIT).toBe(1);
    await admin.context.close();

    const reader = await newPage(stack.browser, { javaScriptEnabled: false });
    await reader.page.goto(`${web}/o/jnjsxy`);
    const logo = await reader.page.getByTestId('site-logo').getAttribute('src');
    expect(logo).toContain('X-Amz-Signature');
    const image = await fetch(logo!);
    expect(image.status).toBe(200);
    await reader.context.close();

    const noJs = await newPage(stack.browser, { javaScriptEnabled: false });
    await loginToWorkspace(noJs.page, web, 'jn.admin');
    await noJs.page.goto(`${web}/w/orgs/sd-jn-jsxy/site-settings`);
    const order = () => noJs.page.getByTestId('nav-order').locator('.section').allInnerTexts();
    const before = await order();
    const i = before.indexOf('会员单位');
    await noJs.page.getByRole('button', { name: '上移 会员单位' }).click();
    const moved = await order();
    expect(moved.indexOf('会员单位')).toBe(i - 1);
    await noJs.page.getByRole('button', { name: '保存', exact: true }).click();
    expect(await noJs.page.getByTestId('settings-saved').count()).toBe(1);
    expect(await order()).toEqual(moved);
    await noJs.context.close();
  });

  it('the new pages have one h1 and no serious axe violations; another province is refused', async () => {
    const web = stack.webUrl;
    const { context, page } = await newPage(stack.browser);
    for (const path of ['/o/jinan/members', '/o/jinan/members/apply', '/o/jinan/members/status']) {
      expect((await page.goto(`${web}${path}`))?.status(), path).toBe(200);
      expect(await page.getByRole('heading', { level: 1 }).count(), path).toBe(1);
      expect(await seriousViolations(page), path).toEqual([]);
    }
    await page.goto(`${web}/o/jinan/members`);
    expect(await page.locator('main').innerText()).toContain('山东浪潮软件股份有限公司');
    await loginToWorkspace(page, web, 'jn.admin');
    for (const path of ['/w/orgs/sd-jn/members?status=approved', '/w/orgs/sd-jn/members/hy20250901-demo01', '/w/orgs/sd-jn/site-settings', '/w/orgs/sd-jn-jsxy']) {
      expect((await page.goto(`${web}${path}`))?.status(), path).toBe(200);
      expect(await page.getByRole('heading', { level: 1 }).count(), path).toBe(1);
      expect(await seriousViolations(page), path).toEqual([]);
    }
    const exported = await page.request.get(`${web}/w/orgs/sd-jn/members/export.xlsx`);
    expect(exported.status()).toBe(200);
    expect(exported.headers()['content-type']).toContain('spreadsheetml');
    await context.close();

    const gd = await newPage(stack.browser);
    await loginToWorkspace(gd.page, web, 'gd.admin');
    expect((await gd.page.goto(`${web}/w/orgs/sd-jn/members`))?.status()).toBe(403);
    expect(await gd.page.locator('main').innerText()).not.toContain('山东浪潮软件股份有限公司');
    expect((await gd.page.goto(`${web}/w/orgs/sd-jn/site-settings`))?.status()).toBe(403);
    await gd.context.close();
  });
});
