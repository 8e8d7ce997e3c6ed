import { randomInt } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { useBrowserStack } from './harness';
import { loginToWorkspace, newPage, seriousViolations, smsTexts, unreadBadge, navTo } from './web-flows';
import { WAIT } from './waits';
import { formatPhone } from '../../shared/src/accounts/phone-display';

const runId = () => `${Date.now().toString(36)}${randomInt(36 ** 3).toString(36)}`;

/** SMS delivery goes through the outbox worker in the local stack's stream poller. */
const SMS_WAIT = { ...WAIT, interval: 500 };

/**
 * Story 3: targeted notices with read receipts, read statistics and SMS reminders
 * (demo data: 济南信息工程学校 has wang.teacher +8613800000007 and li.member +8613800000008,
 * both verified; 孙伟 (qd.admin) of 青岛 has no phone).
 */
describe('notices, read receipts and reminders through the web', () => {
  const stack = useBrowserStack();

  it('sd.admin sends to the 济南 subtree and 孙伟 by name; li.member reads it; the reminder skips her', async () => {
    const web = stack.webUrl;
    const title = `E2E通知${runId()}`;

    // The province admin composes from the workspace home, with JavaScript.
    const sd = await newPage(stack.browser);
    await loginToWorkspace(sd.page, web, 'sd.admin');
    await sd.page.getByTestId('membership').filter({ hasText: '山东省职业技术教育学会' }).getByRole('link', { name: '通知管理' }).click();
    await sd.page.waitForURL(`${web}/w/orgs/sd/notices`);
    expect(await sd.page.getByTestId('sms-budget').innerText()).toContain('每日上限');
    await sd.page.getByRole('link', { name: '发布通知' }).click();
    await sd.page.waitForURL(`${web}/w/orgs/sd/notices/new`);
    expect(await seriousViolations(sd.page), 'compose').toEqual([]);

    await sd.page.locator('#notice-title').fill(title);
    const editor = sd.page.getByTestId('rich-editor');
    await expect.poll(() => editor.isVisible(), WAIT).toBe(true);
    await editor.fill('请各单位于本周五前报送年度职业教育工作总结。');
    await sd.page.getByRole('checkbox', { name: /含下级.*济南市职业教育学会/ }).check();
    // Listing 青岛's people navigates (with JavaScript) and keeps everything chosen so far.
    await sd.page.getByRole('button', { name: /选人.*青岛市职业教育学会/ }).click();
    await sd.page.waitForURL(/members=sd-qd/);
    await sd.page.getByRole('checkbox', { name: /孙伟/ }).check();
    expect(await sd.page.locator('#notice-title').inputValue()).toBe(title);
    expect(await sd.page.getByRole('checkbox', { name: /含下级.*济南市职业教育学会/ }).isChecked()).toBe(true);
    expect(await editor.innerText()).toContain('年度职业教育工作总结');
    await sd.page.getByRole('checkbox', { name: '同时发送短信' }).check();
    await sd.page.getByRole('button', { name: '发布通知', exact: true }).click();

    await sd.page.waitForURL(/\/w\/orgs\/sd\/notices\/n-[^/?]+\?done=published$/);
    const statsUrl = sd.page.url().replace(/\?.*$/, '');
    expect(await sd.page.getByRole('heading', { level: 1 }).innerText()).toContain(title);
    expect(Number(await sd.page.getByTestId('total-count').innerText())).toBeGreaterThanOrEqual(5);
    expect(await sd.page.getByTestId('read-count').innerText()).toBe('0');
    const unreadNames = await sd.page.getByTestId('unread-list').innerText();
    for (const name of ['李娜', '王芳', '孙伟']) expect(unreadNames).toContain(name);
    expect(await seriousViolations(sd.page), 'statistics').toEqual([]);

    // The notice went out by SMS too, to verified numbers.
    await expect.poll(async () => (await smsTexts(sd.page, web, '+8613800000008', title, '新通知')).length, SMS_WAIT).toBe(1);

    // li.member sees the badge, finds it bold in her inbox, and opens it.
    const li = await newPage(stack.browser);
    await loginToWorkspace(li.page, web, 'li.member');
    const before = await unreadBadge(li.page);
    expect(before).toBeGreaterThanOrEqual(1);
    expect(await li.page.getByRole('link', { name: title }).count(), 'latest notices on /w').toBe(1);
    await navTo(li.page, 'nav-notices');
    await li.page.waitForURL(`${web}/w/notices`);
    const item = li.page.getByTestId('inbox-item').filter({ hasText: title });
    expect(await item.getAttribute('data-unread')).toBe('yes');
    expect(await item.getByRole('link', { name: title }).evaluate((a) => getComputedStyle(a).fontWeight)).toBe('700');
    expect(await seriousViolations(li.page), 'inbox').toEqual([]);
    // Hovering must not mark it read (links are preloaded on hover elsewhere in the app).
    await item.getByRole('link', { name: title }).hover();
    await li.page.waitForTimeout(500);
    await li.page.reload();
    expect(await item.getAttribute('data-unread')).toBe('yes');
    await item.getByRole('link', { name: title }).click();
    await li.page.waitForURL(/\/w\/notices\/n-/);
    expect(await li.page.getByTestId('notice-body').innerText()).toContain('年度职业教育工作总结');
    expect(await unreadBadge(li.page)).toBe(before - 1);
    expect(await seriousViolations(li.page), 'notice').toEqual([]);
    await li.page.goto(`${web}/w/notices`);
    expect(await li.page.getByTestId('inbox-item').filter({ hasText: title }).getAttribute('data-unread')).toBe('no');
    await li.context.close();

    // The sender's statistics count her; drilling down to the school lists who is left.
    await sd.page.goto(statsUrl);
    expect(await sd.page.getByTestId('read-count').innerText()).toBe('1');
    await sd.page.getByTestId('stats-by-org').getByRole('link', { name: '济南市职业教育学会' }).click();
    await sd.page.waitForURL(/under=sd-jn$/);
    const school = sd.page.getByTestId('stats-by-org').getByRole('row').filter({ hasText: '济南信息工程学校' });
    expect(await school.innerText()).toMatch(/\b1\b/);
    const leftInJinan = await sd.page.getByTestId('unread-list').innerText();
    expect(leftInJinan).toContain('王芳');
    expect(leftInJinan).not.toContain('李娜');
    expect(leftInJinan).not.toContain('孙伟');

    // Remind all unread by SMS: a confirmation step, then the result.
    await sd.page.getByRole('button', { name: '短信提醒全部未读' }).click();
    await sd.page.getByRole('button', { name: '确认', exact: true }).click();
    const result = sd.page.getByTestId('remind-result');
    await expect.poll(() => result.count(), WAIT).toBe(1);
    expect(Number(await result.getAttribute('data-sent'))).toBeGreaterThanOrEqual(3);
    expect(Number(await result.getAttribute('data-without-phone'))).toBeGreaterThanOrEqual(1);

    // wang.teacher (unread, verified) gets the reminder; li.member (read) does not.
    await expect.poll(async () => (await smsTexts(sd.page, web, '+8613800000007', title, '尚未阅读')).length, SMS_WAIT).toBe(1);
    expect(await smsTexts(sd.page, web, '+8613800000008', title, '尚未阅读')).toEqual([]);
    await sd.context.close();
  });

  it('without JavaScript, jnxx.admin sends a plain-text notice needing confirmation; wang.teacher confirms it', async () => {
    const web = stack.webUrl;
    const title = `无脚本通知${runId()}`;
    const school = await newPage(stack.browser, { javaScriptEnabled: false });
    await loginToWorkspace(school.page, web, 'jnxx.admin');
    await school.page.goto(`${web}/w/orgs/sd-jn-xxgc/notices/new`);
    await school.page.locator('#notice-title').fill(title);
    await school.page.locator('#notice-body').fill('第一段 <b>不是粗体</b>\n\n第二段');
    await school.page.getByText('附件链接（选填）').click();
    await school.page.locator('#att0-attachmentName').fill('会议议程');
    await school.page.locator('#att0-attachmentUrl').fill('https://example.com/agenda.pdf');
    // Submitting with nothing chosen comes back with the reason and keeps what was typed.
    await school.page.getByRole('button', { name: '发布通知', exact: true }).click();
    expect(await school.page.locator('#notice-targets-error').innerText()).toContain('请至少选择一个接收单位或一位人员');
    expect(await school.page.locator('#notice-title').inputValue()).toBe(title);
    expect(await school.page.locator('#notice-body').inputValue()).toContain('第二段');

    await school.page.getByRole('checkbox', { name: /仅本单位.*济南信息工程学校/ }).check();
    await school.page.getByRole('checkbox', { name: '教师', exact: true }).check();
    await school.page.locator('#notice-confirmBy').fill('2031-06-30T17:00');
    await school.page.getByRole('button', { name: '发布通知', exact: true }).click();
    await school.page.waitForURL(/\/w\/orgs\/sd-jn-xxgc\/notices\/n-[^/?]+\?done=published$/);
    const statsUrl = school.page.url().replace(/\?.*$/, '');
    expect(await school.page.getByTestId('total-count').innerText()).toBe('1');
    expect(await school.page.getByTestId('confirmed-count').innerText()).toBe('0');

    const teacher = await newPage(stack.browser);
    await loginToWorkspace(teacher.page, web, 'wang.teacher');
    await teacher.page.goto(`${web}/w/notices`);
    await teacher.page.getByRole('link', { name: title }).click();
    await teacher.page.waitForURL(/\/w\/notices\/n-/);
    const body = teacher.page.getByTestId('notice-body');
    expect(await body.locator('p').count()).toBe(2);
    expect(await body.innerText()).toContain('<b>不是粗体</b>');
    expect(await teacher.page.getByRole('link', { name: '会议议程' }).getAttribute('href')).toBe('https://example.com/agenda.pdf');
    expect(await teacher.page.getByText('2031/06/30 17:00').count()).toBeGreaterThan(0);
    await teacher.page.getByRole('button', { name: '确认收到' }).click();
    await expect.poll(() => teacher.page.getByTestId('confirmed').count(), WAIT).toBe(1);
    await teacher.context.close();

    await school.page.goto(statsUrl);
    expect(await school.page.getByTestId('read-count').innerText()).toBe('1');
    expect(await school.page.getByTestId('confirmed-count').innerText()).toBe('1');
    expect(await school.page.getByTestId('unread-list').count()).toBe(0);

    // The Excel export: an .xlsx attachment with a Chinese file name; another province gets the API's 403.
    const download = await school.context.request.get(`${statsUrl}/export.xlsx`);
    expect(download.status()).toBe(200);
    expect(download.headers()['content-type']).toContain('spreadsheetml');
    expect(download.headers()['content-disposition']).toMatch(/^attachment; filename="notice-n-[^"]+\.xlsx"; filename\*=UTF-8''%E9%80%9A%E7%9F%A5/);
    expect((await download.body()).subarray(0, 2).toString()).toBe('PK');
    await school.context.close();

    const other = await newPage(stack.browser);
    await loginToWorkspace(other.page, web, 'gd.admin');
    expect((await other.context.request.get(`${statsUrl}/export.xlsx`)).status()).toBe(403);
    expect((await other.page.goto(statsUrl))?.status()).toBe(403);
    await other.context.close();
  });

  it('gz.admin binds a mobile number with an SMS code and opts out of notice texts', async () => {
    const web = stack.webUrl;
    const digits = String(randomInt(100_000_000)).padStart(8, '0');
    const phone = `+86139${digits}`;
    const { context, page } = await newPage(stack.browser);
    await loginToWorkspace(page, web, 'gz.admin');
    await navTo(page, 'nav-account');
    await page.waitForURL(`${web}/w/account`);
    expect(await page.getByTestId('my-phone').innerText()).toContain('未绑定');
    expect(await seriousViolations(page), 'account').toEqual([]);

    await page.locator('#me-phone').fill(`139${digits}`);
    await page.getByRole('button', { name: '发送验证码' }).click();
    await expect.poll(() => page.getByTestId('code-sent').count(), WAIT).toBe(1);
    let code = '';
    await expect.poll(async () => {
      const texts = await smsTexts(page, web, phone, '绑定手机号');
      code = /验证码 (\d{6})/.exec(texts[0] ?? '')?.[1] ?? '';
      return code;
    }, SMS_WAIT).toMatch(/^\d{6}$/);

    await page.goto(`${web}/w/account?step=code`);
    await page.locator('#me-code').fill(code === '000000' ? '111111' : '000000');
    await page.getByRole('button', { name: '验证并绑定' }).click();
    await expect.poll(() => page.locator('#me-code-error').count(), WAIT).toBe(1);
    await page.locator('#me-code').fill(code);
    await page.getByRole('button', { name: '验证并绑定' }).click();
    await expect.poll(() => page.getByText('手机号已验证并绑定。').count(), WAIT).toBe(1);
    expect(await page.getByTestId('my-phone').innerText()).toContain(formatPhone(phone));
    expect(await page.getByTestId('my-phone-status').innerText()).toBe('已验证');

    await page.getByRole('checkbox', { name: '不接收通知类短信' }).check();
    await page.getByRole('button', { name: '保存设置' }).click();
    await expect.poll(() => page.getByText('短信设置已保存。').count(), WAIT).toBe(1);
    expect(await page.getByRole('checkbox', { name: '不接收通知类短信' }).isChecked()).toBe(true);

    // The org's account list shows the number as verified.
    await page.goto(`${web}/w/orgs/gd-gz`);
    const row = page.locator('[data-testid="account"][data-username="gz.admin"]');
    expect(await row.innerText()).toContain(formatPhone(phone));
    expect(await row.getByTestId('phone-verified').innerText()).toBe('已验证');
    await context.close();
  });
});
