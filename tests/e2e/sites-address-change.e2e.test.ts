import { describe, expect, it } from 'vitest';
import { useBrowserStack } from './harness';
import { DEMO_PASSWORD, loginToWorkspace, newPage } from './web-flows';
import { WAIT } from './waits';

async function post(apiUrl: string, path: string, body: unknown, token?: string): Promise<{ status: number; body: Record<string, unknown> }> {
  const res = await fetch(`${apiUrl}${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify(body),
  });
  return { status: res.status, body: (await res.json()) as Record<string, unknown> };
}

/** Defect 8 of issue 14: the admin gives the site a readable address; every page under the old one redirects (308). */
describe('changing a site address', () => {
  const stack = useBrowserStack();

  it('the apply form fills in a readable address from the name, without JavaScript too', async () => {
    const { context, page } = await newPage(stack.browser, { javaScriptEnabled: false });
    await page.goto(`${stack.webUrl}/apply?type=school`);
    await page.locator('#f-name').fill('青岛港湾职业技术学校');
    await page.getByRole('button', { name: '按单位名称生成网址' }).click();
    await expect.poll(() => page.getByTestId('address-suggested').count(), WAIT).toBe(1);
    expect(await page.locator('#f-slug').inputValue()).toMatch(/^qingdao-gwzyjsxx(-\d)?$/);
    expect(await page.locator('#f-name').inputValue()).toBe('青岛港湾职业技术学校');
    expect(await page.locator('#apply-type').inputValue()).toBe('school');
    await context.close();
  });

  it('jn.admin renames a school\'s address in its site settings; the old pages answer 308 to the new ones', async () => {
    const run = Date.now().toString(36);
    const login = await post(stack.apiUrl, '/auth/login', { login: 'jn.admin', password: DEMO_PASSWORD });
    const created = await post(stack.apiUrl, '/orgs/sd-jn/children', { name: `改址学校${run}`, type: 'school', region: '山东省济南市' }, String(login.body.token));
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    const { id, slug: old } = created.body as { id: string; slug: string };

    const { context, page } = await newPage(stack.browser);
    await loginToWorkspace(page, stack.webUrl, 'jn.admin');
    await page.goto(`${stack.webUrl}/w/orgs/${id}/site-settings`);
    const slug = `gaizhi-${run}`;
    await page.locator('#siteset-slug').fill(slug);
    await page.getByRole('button', { name: '修改网站地址' }).click();
    await expect.poll(() => page.getByTestId('address-moved').count(), WAIT).toBe(1);
    expect(await page.getByTestId('site-address').innerText()).toBe(`/o/${slug}`);
    await context.close();

    for (const [from, to] of [[`/o/${old}`, `/o/${slug}`], [`/o/${old}/news?cursor=`, `/o/${slug}/news?cursor=`], [`/o/${old}/about`, `/o/${slug}/about`]] as const) {
      const res = await fetch(`${stack.webUrl}${from}`, { redirect: 'manual' });
      expect(res.status, from).toBe(308);
      expect(new URL(res.headers.get('location') ?? '', stack.webUrl).pathname + new URL(res.headers.get('location') ?? '', stack.webUrl).search).toBe(to);
    }
    expect((await fetch(`${stack.webUrl}/o/${slug}`, { redirect: 'manual' })).status).toBe(200);
  });
});
