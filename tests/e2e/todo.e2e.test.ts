import { randomInt } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { useBrowserStack } from './harness';
import { WAIT } from './waits';
import { loginToWorkspace, navTo, newApplicant, newPage } from './web-flows';

/** A pending application under 济南市职业教育学会, posted to the API as the public form would. */
async function pendingApplication(apiUrl: string): Promise<void> {
  const a = newApplicant('待办学校');
  const res = await fetch(`${apiUrl}/public/applications`, {
    method: 'POST', headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      name: a.orgName, type: 'school', parentId: 'sd-jn', region: '山东省济南市', code: a.code, contactName: '孙老师',
      mobile: `139${String(randomInt(10 ** 8)).padStart(8, '0')}`, email: `todo-${randomInt(10 ** 6)}@example.cn`,
      adminUsername: a.username, adminPassword: a.password,
    }),
  });
  expect(res.status, await res.clone().text()).toBe(201);
}

/** 待办 and the workspace navigation show each role its own work, at phone width. */
describe('待办: each role sees its work', () => {
  const stack = useBrowserStack();

  it('a city admin sees applications to decide, with the count on 入会审批; the link leads there', async () => {
    await pendingApplication(stack.apiUrl);
    const admin = await newPage(stack.browser);
    await loginToWorkspace(admin.page, stack.webUrl, 'jn.admin');
    const line = admin.page.getByTestId('todo-applications');
    expect(Number(await line.getAttribute('data-count'))).toBeGreaterThanOrEqual(1);
    expect(await line.innerText()).toContain('济南市职业教育学会');
    expect(Number(await admin.page.getByTestId('nav-approvals-badge').textContent())).toBe(Number(await line.getAttribute('data-count')));
    await line.getByRole('link').click();
    await admin.page.waitForURL(/\/w\/approvals\?org=sd-jn/);
    await admin.context.close();
  });

  it('a teacher sees no approvals or member management, only what a teacher does', async () => {
    const teacher = await newPage(stack.browser);
    await loginToWorkspace(teacher.page, stack.webUrl, 'wang.teacher');
    expect(await teacher.page.getByTestId('nav-approvals').count()).toBe(0);
    expect(await teacher.page.getByTestId('nav-members').count()).toBe(0);
    expect(await teacher.page.getByTestId('todo-applications').count()).toBe(0);
    // The phone menu opens and leads to the uploads page.
    expect(await teacher.page.getByTestId('nav-uploads').isVisible()).toBe(false);
    await navTo(teacher.page, 'nav-uploads');
    await teacher.page.waitForURL(/\/w\/uploads/);
    await teacher.context.close();
  });

  it('a member with nothing waiting is told so', async () => {
    const member = await newPage(stack.browser);
    await loginToWorkspace(member.page, stack.webUrl, 'li.member');
    await expect.poll(async () => (await member.page.getByTestId('todo-empty').count()) + (await member.page.getByTestId('todo').count()), WAIT).toBe(1);
    expect(await member.page.getByTestId('nav-uploads').count()).toBe(0);
    expect(await member.page.getByTestId('todo-resources').count()).toBe(0);
    await member.context.close();
  });
});
