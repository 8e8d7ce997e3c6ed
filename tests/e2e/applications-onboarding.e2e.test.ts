import { describe, expect, it } from 'vitest';
import { useBrowserStack } from './harness';
import { applicationCard, applyViaApi, applyViaWeb, loginToWorkspace, newApplicant, newPage } from './web-flows';
import { WAIT } from './waits';

/** Story 1: a pilot org self-provisions on signup, through the browser only. */
describe('self-provisioning through the web', () => {
  const stack = useBrowserStack();

  it('a school applies under Jinan, jn.admin approves, the new admin edits the intro, the public site shows it without JavaScript', async () => {
    const web = stack.webUrl;
    const a = newApplicant('济南测试职业学校');

    // The applicant: browse the directory down to the city society and apply.
    const applicant = await newPage(stack.browser);
    const number = await applyViaWeb(applicant.page, web, ['中国职业技术教育学会', '山东省职业技术教育学会'], '济南市职业教育学会', a);
    await expect.poll(() => applicant.page.getByTestId('application-status').innerText(), WAIT).toBe('待审核');

    // The city admin: the workspace shows pending work; approve it in the inbox.
    const admin = await newPage(stack.browser);
    await loginToWorkspace(admin.page, web, 'jn.admin');
    await expect.poll(() => admin.page.getByTestId('pending-count').count(), WAIT).toBeGreaterThan(0);
    await admin.page.getByRole('link', { name: '单位注册审批' }).first().click();
    await admin.page.waitForURL(/\/w\/approvals/);
    const card = applicationCard(admin.page, number);
    await expect.poll(() => card.count(), WAIT).toBe(1);
    expect(await card.innerText()).toContain(a.code);
    await card.getByRole('button', { name: '批准' }).click();
    await expect.poll(() => admin.page.getByText('已批准，新单位已开通。').count(), WAIT).toBe(1);
    await admin.context.close();

    // The status page now says approved and links to the new site and to the login.
    await applicant.page.reload();
    await expect.poll(() => applicant.page.getByTestId('application-status').innerText(), WAIT).toBe('已通过');
    const siteHref = await applicant.page.getByRole('link', { name: '查看本单位网站' }).getAttribute('href');
    expect(siteHref).toMatch(/^\/o\/[a-z0-9-]+$/);
    expect(await applicant.page.getByRole('link', { name: '用管理员账号登录' }).count()).toBe(1);
    await applicant.context.close();

    // The new admin: sign in, see the workspace, edit the introduction.
    const owner = await newPage(stack.browser);
    await loginToWorkspace(owner.page, web, a.username, a.password);
    const membership = owner.page.getByTestId('membership').filter({ hasText: a.orgName });
    expect(await membership.innerText()).toContain('管理员');
    await membership.getByRole('link', { name: '编辑单位网站' }).click();
    await owner.page.waitForURL(/\/w\/orgs\/[^/]+\/site$/);
    const intro = `${a.orgName}创办于1985年。\n开设信息技术、智能制造等专业。\n<b>欢迎报考</b>`;
    await owner.page.locator('#site-intro').fill(intro);
    await owner.page.locator('#site-person').fill('王老师');
    await owner.page.locator('#site-phone').fill('0531-12345678');
    await owner.page.getByRole('button', { name: '保存' }).click();
    await expect.poll(() => owner.page.getByText('网站内容已保存。').count(), WAIT).toBe(1);
    await owner.context.close();

    // Anyone, with JavaScript off: the public site shows the text, line breaks kept, no HTML rendered.
    const reader = await newPage(stack.browser, { javaScriptEnabled: false });
    const response = await reader.page.goto(`${web}${siteHref}`);
    expect(response?.status()).toBe(200);
    expect(await reader.page.getByRole('heading', { level: 1 }).innerText()).toBe(a.orgName);
    const shown = await reader.page.getByTestId('site-intro').innerText();
    expect(shown.split('\n').map((l) => l.trim())).toEqual(intro.split('\n'));
    expect(await reader.page.locator('[data-testid="site-intro"] b').count()).toBe(0);
    expect(await reader.page.getByText('王老师').count()).toBe(1);
    expect(await reader.page.getByRole('link', { name: '济南市职业教育学会' }).count()).toBe(1);
    await reader.context.close();
  });

  it('a rejection with its reason shows on the status page', async () => {
    const web = stack.webUrl;
    const a = newApplicant('被驳回测试学校');
    const applicant = await newPage(stack.browser);
    const number = await applyViaWeb(applicant.page, web, ['中国职业技术教育学会', '山东省职业技术教育学会'], '济南市职业教育学会', a);

    const admin = await newPage(stack.browser);
    await loginToWorkspace(admin.page, web, 'jn.admin');
    await admin.page.goto(`${web}/w/approvals?org=sd-jn`);
    const card = applicationCard(admin.page, number);
    // Rejecting needs a reason and a confirmation step.
    const reason = '材料不全：请补充办学许可证复印件。';
    await card.getByLabel('驳回理由').fill(reason);
    await card.getByRole('button', { name: '驳回' }).click();
    await card.getByRole('button', { name: '确认驳回' }).click();
    await expect.poll(() => admin.page.getByText('已驳回该申请。').count(), WAIT).toBe(1);
    expect(await applicationCard(admin.page, number).count()).toBe(0);
    await admin.context.close();

    await applicant.page.reload();
    await expect.poll(() => applicant.page.getByTestId('application-status').innerText(), WAIT).toBe('未通过');
    expect(await applicant.page.getByTestId('rejection-reason').innerText()).toBe(reason);
    await applicant.context.close();
  });

  it('when two admins decide the same application, the second is told someone else already did', async () => {
    const web = stack.webUrl;
    const number = await applyViaApi(stack.apiUrl, 'sd-jn', newApplicant('并发审批测试学校'));

    const city = await newPage(stack.browser);
    await loginToWorkspace(city.page, web, 'jn.admin');
    await city.page.goto(`${web}/w/approvals?org=sd-jn`);
    const province = await newPage(stack.browser);
    await loginToWorkspace(province.page, web, 'sd.admin');
    await province.page.goto(`${web}/w/approvals?org=sd-jn`);

    await applicationCard(province.page, number).getByRole('button', { name: '批准' }).click();
    await expect.poll(() => province.page.getByText('已批准，新单位已开通。').count(), WAIT).toBe(1);

    // The city admin's page is stale: approving now fails with a clear message and the list refreshes.
    await applicationCard(city.page, number).getByRole('button', { name: '批准' }).click();
    await expect.poll(() => city.page.getByText('该申请已由他人处理').count(), WAIT).toBe(1);
    await expect.poll(() => applicationCard(city.page, number).count(), WAIT).toBe(0);
    await city.context.close();
    await province.context.close();
  });
});
