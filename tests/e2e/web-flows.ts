import { randomInt } from 'node:crypto';
import { expect } from 'vitest';
import AxeBuilder from '@axe-core/playwright';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { usccCheckChar } from '../../shared/src/applications/uscc-check';
import { WAIT } from './waits';

/** Password of every demo login (dev/demo-data.ts). */
export const DEMO_PASSWORD = 'Trellis-demo-2026';

export interface Applicant {
  orgName: string;
  code: string;
  username: string;
  password: string;
  mobile: string;
}

/** A fresh applicant: unique name, valid unified social credit code and username per call. */
export function newApplicant(label: string): Applicant {
  const run = `${Date.now().toString(36)}${randomInt(36 ** 3).toString(36)}`;
  const digits = `${Date.now()}${randomInt(1_000_000)}`.slice(-9);
  const first17 = `913701${digits}AB`.slice(0, 17);
  const check = usccCheckChar(first17);
  if (!check) throw new Error(`bad USCC prefix ${first17}`);
  return {
    orgName: `${label}${run}`,
    code: first17 + check,
    username: `e2e${run}`.toLowerCase().slice(0, 32),
    password: `Tr-${run}-secure`,
    mobile: `139${String(randomInt(100_000_000)).padStart(8, '0')}`,
  };
}

export async function newPage(browser: Browser, opts: { javaScriptEnabled?: boolean } = {}): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 }, locale: 'zh-CN', ...opts });
  const page = await context.newPage();
  return { context, page };
}

export async function login(page: Page, webUrl: string, username: string, password = DEMO_PASSWORD): Promise<void> {
  await page.goto(`${webUrl}/login`);
  await page.locator('#f-login').fill(username);
  await page.locator('#f-password').fill(password);
  await page.getByRole('button', { name: '登录', exact: true }).click();
}

export async function loginToWorkspace(page: Page, webUrl: string, username: string, password = DEMO_PASSWORD): Promise<void> {
  await login(page, webUrl, username, password);
  await page.waitForURL(`${webUrl}/w`);
}

/**
 * Fills /apply as a user would: chooses the type (a school), browses the directory down `path`
 * (org names, from the top), picks `parentName`, fills the form and submits. Returns the application number.
 */
export async function applyViaWeb(page: Page, webUrl: string, path: string[], parentName: string, a: Applicant): Promise<string> {
  await chooseApplicantType(page, webUrl, 'school');
  for (const name of path) {
    await page.locator('li', { hasText: name }).getByRole('link', { name: '查看下级单位' }).click();
    await expect.poll(() => page.getByRole('heading', { name: `${name} 的下级单位` }).count(), WAIT).toBe(1);
  }
  await page.getByRole('radio', { name: new RegExp(parentName) }).check();
  await page.locator('#f-name').fill(a.orgName);
  await page.locator('#f-region').fill('山东省济南市');
  await page.locator('#f-code').fill(a.code);
  await page.locator('#f-contactName').fill('张老师');
  await page.locator('#f-mobile').fill(a.mobile);
  await page.locator('#f-email').fill(`${a.username}@example.com`);
  await page.locator('#f-adminUsername').fill(a.username);
  await page.locator('#f-adminPassword').fill(a.password);
  await page.locator('#f-adminPasswordConfirm').fill(a.password);
  await page.getByRole('button', { name: '提交申请' }).click();
  await page.waitForURL(/\/apply\/status\/SQ/);
  const number = (await page.getByTestId('application-number').innerText()).trim();
  expect(number).toMatch(/^SQ\d{8}-[0-9A-Z]{6}$/);
  return number;
}

/** Opens /apply and chooses the applicant's own type, which decides the parents offered. */
export async function chooseApplicantType(page: Page, webUrl: string, type: string): Promise<void> {
  await page.goto(`${webUrl}/apply`);
  await page.locator('#apply-type').selectOption(type);
  // With JavaScript choosing submits by itself; the button is the way without (and before hydration).
  if (!page.url().includes(`type=${type}`)) await page.getByRole('button', { name: '确定类型' }).click();
  await page.waitForURL((url) => url.searchParams.get('type') === type);
}

/** Submits an application straight to the API (setup for tests about the inbox, not the form). */
export async function applyViaApi(apiUrl: string, parentId: string, a: Applicant): Promise<string> {
  const response = await fetch(`${apiUrl}/public/applications`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      name: a.orgName, type: 'school', parentId, region: '测试地区', code: a.code, contactName: '测试联系人',
      mobile: a.mobile, email: `${a.username}@example.com`, adminUsername: a.username, adminPassword: a.password,
    }),
  });
  expect(response.status).toBe(201);
  return ((await response.json()) as { number: string }).number;
}

/** The inbox card of one application, found by its number. */
export function applicationCard(page: Page, number: string) {
  return page.locator(`[data-testid="application"][data-number="${number}"]`);
}

/** axe's serious and critical violations on the current page (WCAG 2.1 A/AA and best practices). */
export async function seriousViolations(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']).analyze();
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.map((n) => n.target.join(' ')) }));
}

/** The unread count on the workspace nav's 通知 link (0 when no badge is shown; read also while the phone menu is closed). */
export async function unreadBadge(page: Page): Promise<number> {
  const badge = page.getByTestId('nav-notices-badge');
  return (await badge.count()) === 0 ? 0 : Number(((await badge.textContent()) ?? '').trim());
}

/** Follows a workspace navigation entry (`nav-uploads`), opening the phone menu first when it is closed. */
export async function navTo(page: Page, testid: string): Promise<void> {
  const toggle = page.getByTestId('menu-toggle');
  if ((await toggle.isVisible()) && !(await page.getByTestId(testid).isVisible())) await toggle.click();
  await page.getByTestId(testid).click();
}

/** Rows of the local SMS sink page (/dev/sms) sent to `to` whose text contains every one of `parts`. */
export async function smsTexts(page: Page, webUrl: string, to: string, ...parts: string[]): Promise<string[]> {
  await page.goto(`${webUrl}/dev/sms`);
  const texts: string[] = [];
  for (const row of await page.getByTestId('sms').all()) {
    const cells = await row.locator('td').allInnerTexts();
    if (cells[0]?.trim() === to && parts.every((p) => cells[1]?.includes(p))) texts.push(cells[1] ?? '');
  }
  return texts;
}
