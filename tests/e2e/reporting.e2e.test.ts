import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { chinaDay } from '../../shared/src/reporting/rounds';
import { useBrowserStack } from './harness';
import { chooseIndustries, fillMember, fillReport, fillTemplate, TEMPLATE_MEMBERS, templateValues, VALID } from './reporting-flows';
import { loginToWorkspace, newPage, seriousViolations, navTo } from './web-flows';
import { WAIT } from './waits';

/**
 * The reporting season through the web, on the seeded demo round (last year's data):
 * 山东省现代物流职业教育集团 (wljt.admin) fills the form, sees the validation errors, saves a
 * draft and submits; the province (sd.admin) returns it with a reason; the group fixes it
 * with JavaScript off and resubmits; the province approves; its dashboard and totals show it.
 */
const YEAR = Number(chinaDay(new Date()).slice(0, 4)) - 1;
const ROUND = `group-annual-${YEAR}`;
const REPORT = `/w/reports/${ROUND}/org/sd-wljt`;
const state = (page: Page) => page.getByTestId('report-state').getAttribute('data-state');

async function review(page: Page, op: 'return' | 'approve', reason = ''): Promise<void> {
  const form = page.getByTestId(`review-${op}`);
  if (reason) await form.locator('textarea[name="reason"]').fill(reason);
  await form.getByRole('button').click();
  await page.getByTestId('review-confirm').click();
  await page.waitForURL(new RegExp(`done=${op}`));
}

describe('statistics reporting through the web', () => {
  const stack = useBrowserStack();

  it('fill with errors, save, submit; return with a reason; fix and resubmit; approve; dashboard and totals', async () => {
    const web = stack.webUrl;
    const group = await newPage(stack.browser);
    await loginToWorkspace(group.page, web, 'wljt.admin');
    await navTo(group.page, 'nav-reports');
    await group.page.locator(`[data-testid="my-report"][data-round="${ROUND}"]`).getByRole('link').click();
    await group.page.waitForURL(`${web}${REPORT}`);
    expect(await state(group.page)).toBe('draft');
    await expect.poll(() => group.page.getByTestId('report-form').getAttribute('data-ready'), WAIT).toBe('yes');

    // Wrong figures: more graduates employed in the group than graduates, a month 13.
    await fillReport(group.page, { ...VALID, employedInGroup: '400', foundedMonth: '13' });
    await expect.poll(() => group.page.getByTestId('save-status').innerText(), WAIT).toMatch(/已保存 \d{2}:\d{2}/);
    await group.page.getByTestId('submit-button').click();
    const summary = group.page.getByTestId('issue-summary');
    await expect.poll(() => summary.count(), WAIT).toBe(1);
    // The failed submit saved the draft: wait for the page to show that version.
    const saved = await group.page.getByTestId('report-form').getAttribute('data-version');
    await expect.poll(() => group.page.getByTestId('report-form').getAttribute('data-version'), WAIT).not.toBe(saved);
    const summaryText = await summary.innerText();
    expect(summaryText).toContain('到集团内企业就业人数不能超过毕业生数');
    expect(summaryText).toContain('请至少选择一个办学覆盖的主要行业');
    expect(summaryText).toContain('请至少添加一个成员单位');
    expect(await group.page.locator('#rf-employedInGroup-error').innerText()).toContain('不能超过毕业生数');
    expect(await group.page.locator('#rf-foundedMonth').getAttribute('aria-invalid')).toBe('true');
    expect(await group.page.getByTestId('section-students').getByTestId('section-errors').innerText()).toContain('本栏有');
    expect(await state(group.page)).toBe('draft');

    // Fix them, pick industries, add two members; save the draft with the button, then submit.
    await fillReport(group.page, { employedInGroup: VALID.employedInGroup!, foundedMonth: VALID.foundedMonth! });
    await chooseIndustries(group.page);
    await group.page.getByTestId('add-member').click();
    await group.page.getByTestId('add-member').click();
    await fillMember(group.page, 0, '山东交通职业学院', true);
    await fillMember(group.page, 1, '山东物流集团有限公司', false);
    const before = await group.page.getByTestId('report-form').getAttribute('data-version');
    await group.page.getByTestId('save-button').click();
    await expect.poll(() => group.page.getByTestId('report-form').getAttribute('data-version'), WAIT).not.toBe(before);
    await expect.poll(() => group.page.getByTestId('issue-summary').count(), WAIT).toBe(0);
    expect(await group.page.getByTestId('member-row').count()).toBe(2);
    await group.page.getByTestId('submit-button').click();
    await group.page.getByTestId('submit-confirm-button').click();
    await group.page.waitForURL(/done=submit/);
    expect(await state(group.page)).toBe('submitted');
    expect(await group.page.getByTestId('locked-note').innerText()).toContain('锁定');
    expect(await group.page.locator('#rf-enrolment').isDisabled()).toBe(true);
    // Locked: no row buttons to press.
    expect(await group.page.getByTestId('add-member').count()).toBe(0);
    expect(await seriousViolations(group.page), 'report page').toEqual([]);

    // The province returns it with a reason.
    const province = await newPage(stack.browser);
    await loginToWorkspace(province.page, web, 'sd.admin');
    await province.page.goto(`${web}${REPORT}`);
    await province.page.getByTestId('review-return').getByRole('button').click();
    await expect.poll(() => province.page.getByTestId('review-return').innerText(), WAIT).toContain('请填写理由');
    await review(province.page, 'return', '招生人数与省厅统计不一致，请核对后重新提交。');
    expect(await state(province.page)).toBe('returned');

    // The group fixes it without JavaScript and resubmits.
    await group.context.close();
    const plain = await newPage(stack.browser, { javaScriptEnabled: false });
    await loginToWorkspace(plain.page, web, 'wljt.admin');
    // 待办 says the report came back, and the inbox holds the decision, leading to the report.
    expect(await plain.page.getByTestId('todo-report-returned').innerText()).toContain('已退回');
    await plain.page.goto(`${web}/w/notices`);
    const told = plain.page.getByTestId('inbox-item').filter({ hasText: '招生人数与省厅统计不一致' });
    expect(await told.getByTestId('system-tag').innerText()).toBe('系统消息');
    await told.getByRole('link').click();
    await plain.page.waitForURL(`${web}${REPORT}`);
    expect(await plain.page.getByTestId('returned-note').innerText()).toContain('招生人数与省厅统计不一致');
    await plain.page.locator('#rf-enrolment').fill('450');
    await plain.page.getByTestId('save-button').click();
    await plain.page.waitForLoadState();
    expect(await plain.page.getByTestId('save-status').innerText()).toMatch(/已保存/);
    await plain.page.getByTestId('submit-button').click();
    await plain.page.getByTestId('submit-confirm-button').click();
    await plain.page.waitForURL(/done=submit/);
    expect(await state(plain.page)).toBe('resubmitted');
    const trail = await plain.page.getByTestId('report-trail').innerText();
    expect(trail).toContain('退回');
    expect(trail).toContain('李明（省级）');

    // The province approves; its dashboard and totals reflect it.
    await province.page.goto(`${web}${REPORT}`);
    await review(province.page, 'approve');
    expect(await state(province.page)).toBe('approved');
    await province.page.goto(`${web}/w/reports/${ROUND}/region/sd`);
    const region = province.page.getByTestId('progress-region');
    expect(await region.getByTestId('count-approved').innerText()).toBe('1');
    expect(Number(await region.getByTestId('count-submitted').innerText())).toBeGreaterThanOrEqual(1);
    expect(await province.page.locator('[data-testid="report-row"][data-org="sd-wljt"]').getAttribute('data-state')).toBe('approved');
    expect(await seriousViolations(province.page), 'dashboard').toEqual([]);
    await province.page.getByTestId('totals-link').click();
    await province.page.waitForURL(/\/totals$/);
    expect(await province.page.getByTestId('totals-lead').getAttribute('data-reports')).toBe('1');
    expect(await province.page.getByTestId('sum-enrolment').innerText()).toBe('450');
    expect(await province.page.getByTestId('chart-people').count()).toBe(1);
    expect(await seriousViolations(province.page), 'totals').toEqual([]);
    const [exported] = await Promise.all([province.page.waitForEvent('download'), province.page.getByTestId('export-totals').click()]);
    const totalsBook = new ExcelJS.Workbook();
    await totalsBook.xlsx.readFile(await exported.path());
    const enrolmentRow = totalsBook.getWorksheet('汇总')!.getSheetValues().find((row) => Array.isArray(row) && row[1] === '招生人数') as unknown[];
    expect([enrolmentRow[3], enrolmentRow[4]]).toEqual(['合计', 450]);

    // The Excel template downloads and is a workbook with the form and member sheets.
    await province.page.goto(`${web}${REPORT}`);
    const [download] = await Promise.all([province.page.waitForEvent('download'), province.page.getByTestId('template-download').click()]);
    const path = await download.path();
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(path);
    const sheets = book.worksheets.map((s) => s.name);
    expect(sheets).toContain('填报表');
    expect(sheets).toContain('成员单位');
    await plain.context.close();
    await province.context.close();
  });

  it('the national admin opens a round; a group imports the Excel template (per-cell errors, then saved) and attaches a case document; the national dashboard reminds', async () => {
    const web = stack.webUrl;
    const year = YEAR - 1;
    const national = await newPage(stack.browser);
    await loginToWorkspace(national.page, web, 'admin');
    await national.page.goto(`${web}/w/reports`);
    await national.page.getByTestId('open-round-link').click();
    await national.page.waitForURL(`${web}/w/reports/new`);
    expect(await seriousViolations(national.page), 'open round').toEqual([]);
    await national.page.locator('#f-year').fill(String(year));
    await national.page.getByRole('button', { name: '发起填报' }).click();
    await national.page.waitForURL(/done=opened/);
    expect(await national.page.getByRole('status').innerText()).toContain(`已发起 ${year} 年度填报`);
    await national.context.close();

    const group = await newPage(stack.browser);
    await loginToWorkspace(group.page, web, 'wljt.admin');
    await group.page.goto(`${web}/w/reports/group-annual-${year}/org/sd-wljt`);
    expect(await state(group.page)).toBe('draft');
    await expect.poll(() => group.page.getByTestId('report-form').getAttribute('data-ready'), WAIT).toBe('yes');
    const [download] = await Promise.all([group.page.waitForEvent('download'), group.page.getByTestId('template-download').click()]);
    const { readFile } = await import('node:fs/promises');
    const template = await readFile(await download.path());

    // A month that is not a number and a bad credit code: per-cell errors, nothing saved.
    const members = TEMPLATE_MEMBERS();
    members[1]![1] = '91370100000000000X';
    const bad = await fillTemplate(template, { ...templateValues(), foundedMonth: '六月' }, members);
    await group.page.locator('#imp-file').setInputFiles({ name: 'report.xlsx', mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', buffer: bad });
    await group.page.getByRole('button', { name: '导入' }).click();
    const errors = group.page.getByTestId('import-errors');
    await expect.poll(() => errors.count(), WAIT).toBe(1);
    const table = await errors.innerText();
    expect(table).toContain('填报表');
    expect(table).toContain('应为数字');
    expect(table).toContain('成员单位');
    expect(table).toContain('统一社会信用代码校验位不正确');
    expect(await group.page.getByTestId('report-form').getAttribute('data-version')).toBe('0');

    // The whole workbook valid: saved as the draft, the form shows it.
    const good = await fillTemplate(template, templateValues(), TEMPLATE_MEMBERS());
    await group.page.locator('#imp-file').setInputFiles({ name: 'report.xlsx', mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', buffer: good });
    await group.page.getByRole('button', { name: '导入' }).click();
    await group.page.waitForURL(/done=import/);
    expect(await group.page.locator('#rf-enrolment').inputValue()).toBe(VALID.enrolment);
    expect(await group.page.getByTestId('member-row').count()).toBe(2);
    expect(await group.page.getByTestId('issue-summary').count()).toBe(0);

    // A case document goes through the upload page, then is attached to the report.
    await group.page.goto(`${web}/w/uploads`);
    await expect.poll(() => group.page.locator('.uppy-Dashboard').count(), WAIT).toBe(1);
    await group.page.getByRole('radio', { name: '典型案例' }).check();
    const docx = Buffer.concat([Buffer.from('PK\x03\x04'), Buffer.alloc(4096, 0x20)]);
    await group.page.locator('input.uppy-Dashboard-input[type="file"]').first()
      .setInputFiles({ name: '集团典型案例.docx', mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', buffer: docx });
    await group.page.getByRole('button', { name: /上传 1 个文件/ }).click();
    const uploaded = group.page.getByTestId('my-upload').filter({ hasText: '集团典型案例.docx' }).first();
    await expect.poll(() => uploaded.getAttribute('data-status'), WAIT).toBe('completed');
    const uploadId = (await uploaded.getAttribute('data-upload-id')) ?? '';
    await group.page.goto(`${web}/w/reports/group-annual-${year}/org/sd-wljt`);
    await group.page.locator('#mat-kind').selectOption('case_document');
    await group.page.locator('#mat-upload').fill(uploadId);
    await group.page.getByRole('button', { name: '添加到报表' }).click();
    await group.page.waitForURL(/done=attach/);
    expect(await group.page.getByTestId('materials').innerText()).toContain('集团典型案例.docx');
    // The file opens through the page's link: a 303 to a short-lived signed URL of that upload.
    const href = await group.page.getByTestId('material-link').first().getAttribute('href');
    expect(href).toBe(`/w/reports/group-annual-${year}/org/sd-wljt/materials/${uploadId}`);
    const redirect = await group.context.request.get(`${web}${href}`, { maxRedirects: 0 });
    expect(redirect.status()).toBe(303);
    const file = await group.context.request.get(redirect.headers().location!);
    expect((await file.body()).subarray(0, 4).toString('latin1')).toBe('PK\x03\x04');
    await group.context.close();

    // Nobody has submitted in the new round: the national dashboard lists them and reminds by SMS.
    const again = await newPage(stack.browser);
    await loginToWorkspace(again.page, web, 'admin');
    await again.page.goto(`${web}/w/reports/group-annual-${year}/region/cvea`);
    const region = again.page.getByTestId('progress-region');
    expect(await region.getByTestId('count-submitted').innerText()).toBe('0');
    expect(await again.page.getByTestId('progress-child').count()).toBeGreaterThanOrEqual(2);
    expect(await again.page.getByTestId('pending-list').innerText()).toContain('山东省现代物流职业教育集团');
    await again.page.getByTestId('remind-form').getByRole('button', { name: '短信提醒未提交单位' }).click();
    await again.page.getByTestId('remind-confirm').click();
    await expect.poll(() => again.page.getByTestId('remind-done').count(), WAIT).toBe(1);
    expect(await again.page.getByTestId('remind-done').innerText()).toMatch(/已提醒 \d+ 个单位，发送短信 [1-9]\d* 条/);
    await again.context.close();
  });
});
