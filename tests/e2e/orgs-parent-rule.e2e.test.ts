import { describe, expect, it } from 'vitest';
import { useBrowserStack } from './harness';
import { chooseApplicantType, newApplicant, newPage } from './web-flows';
import type { Page } from 'playwright-core';
import { WAIT } from './waits';

/** The names of the orgs the picker lets one choose (its radios carry "<id> <name>"). */
function offeredParents(page: Page): Promise<string[]> {
  return page.getByRole('radio').evaluateAll((radios) => radios.map((r) => (r as HTMLInputElement).value.split(' ').slice(1).join(' ')));
}

/** Defect 1 of issue 14: the parent picker offers only parents the hierarchy rule allows, and the API refuses a bad one. */
describe('the parent rule in /apply', () => {
  const stack = useBrowserStack();

  it('searching 济南 as a school offers the city association only, never a school, college or group', async () => {
    const { context, page } = await newPage(stack.browser);
    await chooseApplicantType(page, stack.webUrl, 'school');
    await page.locator('#parent-q').fill('济南');
    await page.getByRole('button', { name: '搜索', exact: true }).click();
    await expect.poll(() => page.getByRole('heading', { name: '“济南”的搜索结果' }).count(), WAIT).toBe(1);
    const offered = await offeredParents(page);
    expect(offered).toContain('济南市职业教育学会');
    for (const unit of ['济南信息工程学校', '济南技师学院', '济南汽车职业教育集团']) expect(offered).not.toContain(unit);

    // Browsing: the top society can hold a school; a province's groups are not listed at all.
    await page.locator('li', { hasText: '中国职业技术教育学会' }).getByRole('link', { name: '查看下级单位' }).click();
    await expect.poll(() => page.getByRole('heading', { name: '中国职业技术教育学会 的下级单位' }).count(), WAIT).toBe(1);
    const browsed = await offeredParents(page);
    expect(browsed).toContain('山东省职业技术教育学会');
    expect(browsed).not.toContain('职业教育发展研究中心');
    await context.close();
  });

  it('as a society, a city association can only be browsed, not chosen', async () => {
    const { context, page } = await newPage(stack.browser);
    await chooseApplicantType(page, stack.webUrl, 'society');
    await page.locator('#parent-q').fill('济南');
    await page.getByRole('button', { name: '搜索', exact: true }).click();
    await expect.poll(() => page.getByText('没有找到匹配的单位', { exact: false }).count(), WAIT).toBe(1);
    expect(await page.getByRole('radio', { name: /济南/ }).count()).toBe(0);
    await context.close();
  });

  it('the API refuses a school under a school with a translated reason', async () => {
    const a = newApplicant('校下建校测试');
    const response = await fetch(`${stack.apiUrl}/public/applications`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'accept-language': 'zh-CN' },
      body: JSON.stringify({
        name: a.orgName, type: 'school', parentId: 'sd-jn-xxgc', region: '山东省济南市', code: a.code, contactName: '测试联系人',
        mobile: a.mobile, email: `${a.username}@example.com`, adminUsername: a.username, adminPassword: a.password,
      }),
    });
    expect(response.status).toBe(400);
    const body = (await response.json()) as { error: { fields: Record<string, string[]> } };
    expect(body.error.fields).toEqual({ parentId: ['parent.type_not_allowed'] });
  });
});
