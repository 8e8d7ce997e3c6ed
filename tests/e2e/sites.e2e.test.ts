import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { useBrowserStack } from './harness';
import { loginToWorkspace, newPage, seriousViolations, navTo } from './web-flows';
import { WAIT } from './waits';

/**
 * The upward news chain through the web: 济南信息工程学校's correspondent writes news, the
 * school's admin approves and recommends it, the city publishes it and recommends it up, the
 * province publishes it; it shows on all three sites with its source (read with JavaScript
 * off); the province takes it down and it disappears from every site and feed.
 */
const PNG = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.alloc(1024, 1)]);
const SITES = ['jnxxgc', 'jinan', 'shandong'];

async function decide(page: Page, url: string, testid: string, reason?: string) {
  await page.goto(url);
  if (reason !== undefined) await page.getByTestId(`${testid}-form`).locator('input[name="reason"]').fill(reason);
  await page.getByTestId(testid).click();
  await expect.poll(() => page.getByTestId('done').count(), WAIT).toBe(1);
}

describe('org websites and the upward news chain', () => {
  const stack = useBrowserStack();

  it('school → city → province, shown everywhere with its source, then taken down everywhere', async () => {
    const web = stack.webUrl;
    const title = `技能节喜报 ${Date.now()}`;

    const editor = await newPage(stack.browser);
    await loginToWorkspace(editor.page, web, 'jnxx.editor');
    await navTo(editor.page, 'nav-site-items');
    await editor.page.waitForURL(`${web}/w/orgs/sd-jn-xxgc/site-items`);
    await editor.page.getByTestId('write-item').click();
    await editor.page.locator('#f-kind').selectOption('news');
    await editor.page.locator('#f-title').fill(title);
    await editor.page.getByTestId('rich-editor').fill('我校学生在全省职业技能大赛中获得一等奖。');
    // With JavaScript the image goes straight from the browser to storage, not through the web server.
    const toStorage = editor.page.waitForRequest((r) => r.method() === 'PUT' && new URL(r.url()).origin !== web, { timeout: 30_000 });
    await editor.page.getByTestId('image-direct').setInputFiles({ name: 'award.png', mimeType: 'image/png', buffer: PNG });
    await toStorage;
    await expect.poll(() => editor.page.getByTestId('image-uploaded').count(), WAIT).toBe(1);
    const posted = editor.page.waitForRequest((r) => r.method() === 'POST' && r.url().startsWith(`${web}/w/orgs/sd-jn-xxgc/site-items/new`));
    await editor.page.getByTestId('save-submit').click();
    expect((await posted).postData() ?? '').not.toContain('filename=');
    await editor.page.waitForURL(/\/w\/orgs\/sd-jn-xxgc\/site-items\/si-[a-z0-9]+$/, WAIT);
    const itemPath = new URL(editor.page.url()).pathname;
    const itemId = itemPath.split('/').at(-1) ?? '';
    expect(await editor.page.getByTestId('item-status').innerText()).toBe('待审核');
    expect(await editor.page.getByTestId('preview').innerText()).toContain('一等奖');
    // The preview shows the image before it is public (the public route does not serve it yet).
    const previewSrc = (await editor.page.getByTestId('preview').locator('img').getAttribute('src')) ?? '';
    expect((await editor.page.request.get(`${web}${previewSrc}`, { timeout: 10_000 })).headers()['content-type']).toBe('image/png');
    expect((await editor.page.request.get(`${web}/media/site/${previewSrc.split('/').at(-1)}`, { timeout: 10_000 })).status()).toBe(404);

    const school = await newPage(stack.browser);
    await loginToWorkspace(school.page, web, 'jnxx.admin');
    await decide(school.page, `${web}${itemPath}`, 'approve');
    await decide(school.page, `${web}${itemPath}`, 'recommend');

    const city = await newPage(stack.browser);
    await loginToWorkspace(city.page, web, 'jn.admin');
    await city.page.goto(`${web}/w/orgs/sd-jn/site-review`);
    const queued = city.page.getByTestId('queue-item').filter({ hasText: title });
    expect(await queued.innerText()).toContain('济南信息工程学校');
    await decide(city.page, `${web}/w/orgs/sd-jn/site-items/${itemId}`, 'publish');
    await decide(city.page, `${web}/w/orgs/sd-jn/site-items/${itemId}`, 'recommend', '推荐省级');

    const province = await newPage(stack.browser);
    await loginToWorkspace(province.page, web, 'sd.admin');
    await decide(province.page, `${web}/w/orgs/sd/site-items/${itemId}`, 'publish');
    expect(await province.page.getByTestId('trail').innerText()).toContain('推荐到山东省职业技术教育学会');
    expect(await seriousViolations(province.page)).toEqual([]);

    // Anyone, with JavaScript off: on all three sites, with the school as its source above the school.
    const reader = await newPage(stack.browser, { javaScriptEnabled: false });
    for (const slug of SITES) {
      const home = await reader.page.goto(`${web}/o/${slug}`);
      expect(home?.status()).toBe(200);
      expect(await reader.page.locator('script').count()).toBe(0);
      const line = reader.page.getByTestId('home-news').getByTestId('site-line').filter({ hasText: title });
      expect(await line.count(), slug).toBe(1);
      if (slug !== 'jnxxgc') expect(await line.innerText()).toContain('来源：济南信息工程学校');
      await line.getByRole('link').click();
      await reader.page.waitForURL(`${web}/o/${slug}/news/${itemId}`);
      expect(await reader.page.getByTestId('site-article').innerText()).toContain('一等奖');
      expect(await reader.page.locator('link[rel="canonical"]').getAttribute('href')).toBe(`${web}/o/${slug}/news/${itemId}`);
      expect(await reader.page.locator('meta[property="og:title"]').getAttribute('content')).toContain(title);
      const src = `${web}${await reader.page.locator('.images img').getAttribute('src')}`;
      // The image route only redirects to a short-lived storage URL; the bytes come from storage.
      const hop = await reader.page.request.get(src, { maxRedirects: 0 });
      expect(hop.status()).toBe(302);
      expect(new URL(hop.headers().location ?? web, web).origin).not.toBe(web);
      const img = await reader.page.request.get(src);
      expect(img.headers()['content-type']).toBe('image/png');
    }
    // axe runs in the page, so the accessibility check uses a context with JavaScript.
    for (const path of [`/o/shandong/news/${itemId}`, '/o/jinan', '/o/cvea/from-below']) {
      await province.page.goto(`${web}${path}`);
      expect(await seriousViolations(province.page), path).toEqual([]);
    }
    const rss = await reader.page.request.get(`${web}/o/shandong/rss.xml`);
    expect(await rss.text()).toContain(title);
    const sitemap = await reader.page.request.get(`${web}/o/jinan/sitemap.xml`);
    const cityMap = await sitemap.text();
    expect(cityMap).toContain(`/o/jinan/news/${itemId}`);
    // Every section the site frame links to: members everywhere, the works on a school's site only.
    expect(cityMap).toContain('<loc>' + `${web}/o/jinan/members</loc>`);
    expect(cityMap).not.toContain('/o/jinan/resources');
    const schoolMap = await (await reader.page.request.get(`${web}/o/jnxxgc/sitemap.xml`)).text();
    for (const section of ['members', 'resources']) expect(schoolMap).toContain(`${web}/o/jnxxgc/${section}</loc>`);
    await reader.page.goto(`${web}/o/shandong/from-below`);
    expect(await reader.page.getByTestId('site-line').filter({ hasText: title }).count()).toBe(1);

    // The province takes it down (with a reason, after confirming): gone from every site and feed.
    await province.page.goto(`${web}/w/orgs/sd/site-items/${itemId}`);
    await province.page.getByTestId('takedown-form').locator('input[name="reason"]').fill('信息有误，待核实');
    await province.page.getByTestId('takedown').click();
    await province.page.getByTestId('takedown-confirm').click();
    await expect.poll(() => province.page.getByTestId('done').count(), WAIT).toBe(1);
    for (const slug of SITES) {
      await reader.page.goto(`${web}/o/${slug}`);
      expect(await reader.page.getByText(title).count(), slug).toBe(0);
      expect((await reader.page.goto(`${web}/o/${slug}/news/${itemId}`))?.status()).toBe(404);
      await reader.page.goto(`${web}/o/${slug}/news`);
      expect(await reader.page.getByText(title).count(), slug).toBe(0);
    }
    expect(await (await reader.page.request.get(`${web}/o/shandong/rss.xml`)).text()).not.toContain(title);

    // The school is told why.
    await editor.page.goto(`${web}/w/orgs/sd-jn-xxgc/site-items?status=taken_down`);
    expect(await editor.page.getByTestId('site-item').filter({ hasText: title }).innerText()).toContain('信息有误，待核实');
    for (const p of [editor, school, city, province, reader]) await p.context.close();
  });

  it('without JavaScript an image is sent with the form, up to 4 MB; a larger one is refused with a clear message', async () => {
    const web = stack.webUrl;
    const plain = await newPage(stack.browser, { javaScriptEnabled: false });
    await loginToWorkspace(plain.page, web, 'jnxx.editor');
    const write = async (title: string, buffer: Buffer) => {
      await plain.page.goto(`${web}/w/orgs/sd-jn-xxgc/site-items/new`);
      await plain.page.locator('#f-title').fill(title);
      await plain.page.locator('textarea[name="bodyHtml"]').fill('校园开放日欢迎参观。');
      await plain.page.locator('#f-image').setInputFiles({ name: 'photo.png', mimeType: 'image/png', buffer });
      await plain.page.getByTestId('save-draft').click();
      await plain.page.waitForLoadState();
    };
    const big = Buffer.concat([PNG, Buffer.alloc(4 * 1024 * 1024, 2)]);
    await write(`大图草稿 ${Date.now()}`, big);
    expect(await plain.page.locator('#f-image-error').innerText()).toContain('图片超过 4 MB');
    expect(plain.page.url()).toBe(`${web}/w/orgs/sd-jn-xxgc/site-items/new`);
    await write(`小图草稿 ${Date.now()}`, PNG);
    await plain.page.waitForURL(/\/w\/orgs\/sd-jn-xxgc\/site-items\/si-[a-z0-9]+$/, WAIT);
    expect(await plain.page.getByTestId('preview').locator('img').count()).toBe(1);
    await plain.context.close();
  });
});
