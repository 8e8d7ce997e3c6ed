import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { useBrowserStack } from './harness';
import { loginToWorkspace, newPage, seriousViolations, navTo } from './web-flows';
import { WAIT } from './waits';

/**
 * The teaching-resource library through the web: wang.teacher (济南信息工程学校, sd-jn-xxgc)
 * uploads a small video and submits it, the school's admin approves it, a member plays it,
 * and the province's admin takes it down.
 */

/** `size` bytes that start like an MP4 (`ftyp` box, brand `isom`). */
function mp4Bytes(size: number): Buffer {
  const bytes = Buffer.alloc(size, 0x2a);
  Buffer.concat([Buffer.from([0, 0, 0, 0x20]), Buffer.from('ftypisom'), Buffer.alloc(20)]).copy(bytes, 0);
  return bytes;
}

/** A valid 1×1 PNG, so the browser really decodes the cover it gets from storage. */
const PNG_1PX = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=', 'base64');

describe('teaching-resource library through the web', () => {
  const stack = useBrowserStack();

  it('a teacher submits an upload, the school approves, a member plays it, the province takes it down', async () => {
    const web = stack.webUrl;
    const title = `数控车削微课 ${Date.now()}`;

    const teacher = await newPage(stack.browser);
    await loginToWorkspace(teacher.page, web, 'wang.teacher');
    await navTo(teacher.page, 'nav-uploads');
    await teacher.page.waitForURL(`${web}/w/uploads`);
    await expect.poll(() => teacher.page.locator('.uppy-Dashboard').count(), WAIT).toBe(1);
    await teacher.page.locator('input.uppy-Dashboard-input[type="file"]').first()
      .setInputFiles({ name: 'resource-clip.mp4', mimeType: 'video/mp4', buffer: mp4Bytes(64 * 1024) });
    await teacher.page.getByRole('button', { name: /上传 1 个文件/ }).click();
    const row = teacher.page.getByTestId('my-upload').filter({ hasText: 'resource-clip.mp4' }).first();
    await expect.poll(() => row.getAttribute('data-status'), WAIT).toBe('completed');
    await row.getByTestId('to-library').click();
    await teacher.page.waitForURL(/\/w\/resources\/new\?/);
    await teacher.page.locator('#f-title').fill(title);
    await teacher.page.locator('#f-category').selectOption('micro_course');
    await teacher.page.locator('#f-subject').selectOption('cnc');
    await teacher.page.locator('#f-authors').fill('王芳\n李强');
    await expect.poll(() => teacher.page.getByTestId('cover-picker').getAttribute('data-ready'), WAIT).toBe('true');
    await teacher.page.locator('#f-cover').setInputFiles({ name: 'cover.png', mimeType: 'image/png', buffer: PNG_1PX });
    await expect.poll(() => teacher.page.getByTestId('cover-upload-id').inputValue(), WAIT).toMatch(/^up/);
    expect(await teacher.page.getByTestId('cover-preview').count()).toBe(1);
    await teacher.page.getByLabel('同时在本校网站公开').check();
    await teacher.page.getByRole('button', { name: '提交审核' }).click();
    await teacher.page.waitForURL(/\/w\/resources\/[^/?]+\?submitted=1$/);
    const resourceId = new URL(teacher.page.url()).pathname.split('/').at(-1)!;
    expect(await teacher.page.getByTestId('resource-status').innerText()).toBe('待审核');
    expect(await teacher.page.getByTestId('resource-trail').innerText()).toContain('提交');
    await teacher.context.close();

    const school = await newPage(stack.browser);
    await loginToWorkspace(school.page, web, 'jnxx.admin');
    await school.page.goto(`${web}/w/orgs/sd-jn-xxgc/resources`);
    const item = school.page.locator(`[data-testid="review-item"][data-id="${resourceId}"]`);
    expect(await item.innerText()).toContain(title);
    expect(await seriousViolations(school.page)).toEqual([]);
    await item.getByTestId('approve').click();
    await expect.poll(() => item.count(), WAIT).toBe(0);
    await school.context.close();

    const member = await newPage(stack.browser);
    const blocked: string[] = [];
    member.page.on('console', (m) => {
      if (m.text().includes('Content Security Policy')) blocked.push(m.text());
    });
    await loginToWorkspace(member.page, web, 'li.member');
    await navTo(member.page, 'nav-resources');
    await member.page.waitForURL(`${web}/w/resources`);
    expect(await seriousViolations(member.page)).toEqual([]);
    // Hovering a card does not preload (and so does not count) the work.
    const preloads: string[] = [];
    member.page.on('request', (req) => {
      if (req.url().includes(`/w/resources/${resourceId}/__data.json`)) preloads.push(req.url());
    });
    const cardLink = member.page.getByTestId('resource-card').filter({ hasText: title }).getByRole('link', { name: title });
    await cardLink.hover();
    await member.page.waitForLoadState('networkidle');
    expect(preloads).toEqual([]);
    await cardLink.click();
    await member.page.waitForURL(`${web}/w/resources/${resourceId}`);
    expect(await member.page.getByTestId('resource-video').count()).toBe(1);
    expect(await member.page.getByTestId('resource-video').getAttribute('preload')).toBe('metadata');
    const views = async (page = member.page) => Number(await page.getByTestId('resource-views').getAttribute('data-count'));
    expect(await views()).toBe(1);
    await member.page.reload();
    expect(await views()).toBe(1); // the same account the same day: not counted again
    expect(await member.page.getByTestId('takedown-form').count()).toBe(0);
    await member.page.waitForLoadState('networkidle');
    expect(blocked).toEqual([]);
    expect(await seriousViolations(member.page)).toEqual([]);

    await member.context.close();

    // Search and filters with JavaScript off: a plain GET form (query string), most viewed first, empty state.
    const browsing = await newPage(stack.browser, { javaScriptEnabled: false });
    await loginToWorkspace(browsing.page, web, 'li.member');
    await browsing.page.goto(`${web}/w/resources`);
    const filters = browsing.page.getByTestId('resource-filters');
    await filters.getByTestId('filter-q').fill(title);
    await filters.getByTestId('filter-subject').selectOption('cnc');
    await filters.getByTestId('filter-sort').selectOption('views');
    await filters.getByRole('button', { name: '筛选' }).click();
    await browsing.page.waitForURL(/sort=views/);
    const params = new URL(browsing.page.url()).searchParams;
    expect([params.get('subject'), params.get('q')]).toEqual(['cnc', title]);
    expect(await browsing.page.getByTestId('resource-card').count()).toBe(1);
    const cover = browsing.page.getByTestId('resource-card').getByTestId('resource-cover');
    await expect.poll(() => cover.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth), WAIT).toBe(1);
    await browsing.page.getByTestId('resource-card').getByTestId('school-link').click();
    await expect.poll(() => browsing.page.getByTestId('filter-school').count(), WAIT).toBe(1);
    expect(new URL(browsing.page.url()).searchParams.get('school')).toBe('sd-jn-xxgc');
    expect(await browsing.page.getByTestId('resource-card').count()).toBe(1);
    await browsing.page.goto(`${web}/w/resources?q=${encodeURIComponent(title)}&subject=arts`);
    expect(await browsing.page.getByTestId('resources-empty').innerText()).toContain('没有符合条件的资源');
    await browsing.context.close();

    // The school's public site (server-rendered, no client script): the work, its teacher and cover, the video.
    const visitor = await newPage(stack.browser);
    await visitor.page.goto(`${web}/o/jnxxgc`);
    await visitor.page.getByRole('navigation', { name: '网站栏目' }).getByRole('link', { name: '教学资源' }).click();
    await visitor.page.waitForURL(`${web}/o/jnxxgc/resources`);
    const publicCard = visitor.page.locator(`[data-testid="site-resource"][data-id="${resourceId}"]`);
    expect(await publicCard.innerText()).toContain(title);
    expect(await publicCard.getByTestId('site-resource-teacher').innerText()).toBe('王芳');
    expect(await publicCard.getByTestId('site-resource-cover').count()).toBe(1);
    expect(await seriousViolations(visitor.page)).toEqual([]);
    await publicCard.getByRole('link', { name: title }).click();
    await visitor.page.waitForURL(`${web}/o/jnxxgc/resources/${resourceId}`);
    expect(await visitor.page.getByTestId('site-resource-video').getAttribute('src')).toMatch(/^https?:/);

    const province = await newPage(stack.browser);
    await loginToWorkspace(province.page, web, 'sd.admin');
    await province.page.goto(`${web}/w/resources/${resourceId}`);
    // Counted: the member once, the public visitor once (per visitor and day), this second account once.
    expect(await views(province.page)).toBe(3);
    const form = province.page.getByTestId('takedown-form');
    await form.locator('#f-reason').fill('版权存疑');
    await form.getByRole('button', { name: '下架' }).click();
    await form.getByTestId('takedown-confirm').click();
    await expect.poll(() => province.page.getByRole('status').filter({ hasText: '资源已下架' }).count(), WAIT).toBe(1);
    await province.page.goto(`${web}/w/resources`);
    expect(await province.page.getByTestId('resource-card').filter({ hasText: title }).count()).toBe(0);
    await province.context.close();
    await visitor.page.goto(`${web}/o/jnxxgc/resources`);
    expect(await visitor.page.locator(`[data-testid="site-resource"][data-id="${resourceId}"]`).count()).toBe(0);
    expect((await visitor.page.goto(`${web}/o/jnxxgc/resources/${resourceId}`))?.status()).toBe(404);
    await visitor.context.close();
  }, 240_000);

  it('a city admin sees quota progress and imports teachers into 济南技师学院 from an .xlsx', async () => {
    const web = stack.webUrl;
    const city = await newPage(stack.browser);
    await loginToWorkspace(city.page, web, 'jn.admin');
    await city.page.goto(`${web}/w/orgs/sd-jn/resource-quotas`);
    const row = city.page.locator('[data-testid="quota-row"][data-org="sd-jn-xxgc"]');
    expect(await row.innerText()).toMatch(/\d+ \/ 4/);
    expect(await seriousViolations(city.page)).toEqual([]);

    // Into a school no other browser test counts people of (the notices test targets 济南信息工程学校's teachers).
    const book = new ExcelJS.Workbook();
    const sheet = book.addWorksheet('教师名单');
    const username = `imp${Date.now()}`;
    sheet.addRow(['用户名', '姓名', '手机号']);
    sheet.addRow([username, '赵老师', '']);
    sheet.addRow([`${username}b`, '', '']);
    // More rows than one API batch: the server action sends them batch after batch.
    for (let i = 0; i < 11; i += 1) sheet.addRow([`${username}n${i}`, `钱老师${i}`, '']);
    const buffer = Buffer.from(await book.xlsx.writeBuffer());

    const school = city;
    await school.page.goto(`${web}/w/orgs/sd-jn-jsxy/accounts/import`);
    const template = await school.page.request.get(`${web}/w/orgs/sd-jn-jsxy/accounts/import/template.xlsx`);
    expect(template.status()).toBe(200);
    await school.page.locator('#import-file').setInputFiles({
      name: 'teachers.xlsx', mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', buffer,
    });
    await school.page.getByRole('button', { name: '导入', exact: true }).click();
    const results = school.page.getByTestId('import-results');
    await expect.poll(() => results.count(), WAIT).toBe(1);
    const created = results.locator('tr[data-status="created"]').first();
    expect(await created.innerText()).toContain(username);
    expect(await created.locator('code').innerText()).not.toBe('');
    expect(await results.locator('tr[data-status="failed"]').innerText()).toContain('姓名');
    expect(await results.locator('tr[data-status="created"]').count()).toBe(12);
    expect(await seriousViolations(school.page)).toEqual([]);
    // The same file again (a retry after an interruption): rows already created are reported, not failed.
    await school.page.locator('#import-file').setInputFiles({
      name: 'teachers.xlsx', mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', buffer,
    });
    await school.page.getByRole('button', { name: '导入', exact: true }).click();
    await expect.poll(() => results.locator('tr[data-status="existing"]').count(), WAIT).toBe(12);
    expect(await results.locator('tr[data-status="created"]').count()).toBe(0);
    expect(await school.page.getByTestId('import-existing-note').innerText()).toContain('重置密码');
    await school.context.close();
  });
});
