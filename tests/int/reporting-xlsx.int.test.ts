import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { GROUP_ANNUAL_FORM as form } from '@trellis/shared/reporting/group-annual-form';
import { exportReports, exportTotals } from '../../web/src/lib/server/reporting-xlsx/export';
import { KEY_COLUMN, MAIN_SHEET, MEMBER_SHEET, VALUE_COLUMN } from '../../web/src/lib/server/reporting-xlsx/layout';
import { parseReportWorkbook } from '../../web/src/lib/server/reporting-xlsx/parse';
import { displayValue, reportTemplate } from '../../web/src/lib/server/reporting-xlsx/template';
import { loginAs } from './api-client';
import { getReport, openRound, sample, save, totals, fillAndSubmit, review } from './reporting-fixture';

/** What a person does offline: types every value into the downloaded template. */
async function fillTemplate(template: ArrayBuffer, data: Record<string, unknown>, edit?: (book: ExcelJS.Workbook) => void): Promise<ArrayBuffer> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(template);
  const main = book.getWorksheet(MAIN_SHEET)!;
  for (let r = 2; r <= main.rowCount; r++) {
    const key = main.getRow(r).getCell(KEY_COLUMN).text;
    const def = form.fields.find((f) => f.key === key);
    if (def) main.getRow(r).getCell(VALUE_COLUMN).value = displayValue(def, data[key]);
  }
  const members = book.getWorksheet(MEMBER_SHEET)!;
  (data.members as Record<string, unknown>[]).forEach((m, i) => {
    // Row 2 stays blank (people leave gaps): blank rows are skipped on import.
    members.getRow(i + 3).values = form.table.columns.map((c) => displayValue(c, m[c.key]));
  });
  edit?.(book);
  return (await book.xlsx.writeBuffer()) as ArrayBuffer;
}

describe('reporting: Excel template round trip', () => {
  it('download the template, fill it, import, save through the API: the same data comes back', async () => {
    const round = await openRound(2037, 'sd');
    const group = await loginAs('wljt.admin');
    const data = sample(11, '山东省现代物流职业教育集团');
    const filled = await fillTemplate(await reportTemplate(form), data);
    const parsed = await parseReportWorkbook(form, filled);
    expect(parsed.ok, JSON.stringify(!parsed.ok && parsed.errors)).toBe(true);
    if (!parsed.ok) return;
    const saved = await save(group, 'sd-wljt', round.id, parsed.data);
    expect(saved.status, JSON.stringify(saved.body)).toBe(200);
    const back = await getReport(group, 'sd-wljt', round.id);
    expect(back.data).toEqual(data);
    expect(back.issues).toEqual([]);
    const again = await parseReportWorkbook(form, await reportTemplate(form, back.data));
    expect(again.ok && again.data).toEqual(data);
  });

  it('reports per-cell errors and saves nothing unless the whole workbook is valid', async () => {
    const round = await openRound(2038, 'sd');
    const group = await loginAs('wljt.admin');
    const data = sample(12, '山东省现代物流职业教育集团');
    const filled = await fillTemplate(await reportTemplate(form), data, (book) => {
      const main = book.getWorksheet(MAIN_SHEET)!;
      for (let r = 2; r <= main.rowCount; r++) {
        const key = main.getRow(r).getCell(KEY_COLUMN).text;
        if (key === 'graduates') main.getRow(r).getCell(VALUE_COLUMN).value = '很多';
        if (key === 'employmentRate') main.getRow(r).getCell(VALUE_COLUMN).value = 120;
        if (key === 'approved') main.getRow(r).getCell(VALUE_COLUMN).value = '也许';
      }
      book.getWorksheet(MEMBER_SHEET)!.getRow(3).getCell(2).value = '91370100MA3C00000X';
    });
    const parsed = await parseReportWorkbook(form, filled);
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    const byField = Object.fromEntries(parsed.errors.map((e) => [e.field, e]));
    expect(byField.graduates).toMatchObject({ sheet: MAIN_SHEET, code: 'xlsx.number' });
    expect(byField.graduates?.cell).toMatch(/^D\d+$/);
    expect(byField.employmentRate).toMatchObject({ code: 'report.percent_range' });
    expect(byField.approved).toMatchObject({ code: 'xlsx.boolean' });
    // Row 2 of the member sheet is left blank: member 0 is on row 3, and the error points there.
    expect(byField['members.0.code']).toEqual({ sheet: MEMBER_SHEET, cell: 'B3', field: 'members.0.code', code: 'code.checksum' });
    expect((await getReport(group, 'sd-wljt', round.id)).version).toBe(0);
    expect((await parseReportWorkbook(form, new TextEncoder().encode('not a workbook'))).ok).toBe(false);
  });

  it('exports a table of reports and a region\'s totals', async () => {
    const round = await openRound(2039, 'sd-jn');
    const [group, province] = await Promise.all([loginAs('qcjt.admin'), loginAs('sd.admin')]);
    const data = sample(13, '济南汽车职业教育集团');
    await fillAndSubmit(group, 'sd-jn-qcjt', round.id, data);
    await review('reporting.approve', province, 'sd-jn-qcjt', round.id);
    const t = await totals(province, 'sd-jn', round.id);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(await exportTotals(form, '济南市', 2039, t));
    const sums = book.getWorksheet('汇总')!;
    const graduatesRow = sums.getRows(2, sums.rowCount - 1)!.find((r) => r.getCell(1).text === '毕业生数')!;
    expect(graduatesRow.getCell(3).text).toBe('合计');
    expect(graduatesRow.getCell(4).value).toBe(data.graduates);
    // A founding year is not added up; a rate is the mean of the reports that gave it.
    const labels = sums.getRows(2, sums.rowCount - 1)!.map((r) => r.getCell(1).text);
    expect(labels).not.toContain('成立时间（年）');
    const rateRow = sums.getRows(2, sums.rowCount - 1)!.find((r) => r.getCell(1).text === '就业率')!;
    expect([rateRow.getCell(3).text, rateRow.getCell(4).value]).toEqual(['平均', data.employmentRate]);
    const report = await getReport(province, 'sd-jn-qcjt', round.id);
    const table = new ExcelJS.Workbook();
    await table.xlsx.load(await exportReports(form, [{ summary: { ...report, roundId: round.id, formId: form.id, year: 2039, orgId: 'sd-jn-qcjt', orgName: '济南汽车职业教育集团', orgPath: '', orgType: 'group', editable: false, approvedAtDepth: 2, updatedAt: '', submittedAt: '2039-07-01T16:05:00.000Z' } as never, data: report.data }]));
    const sheet = table.getWorksheet('报表列表')!;
    const row = sheet.getRow(2);
    expect(row.getCell(1).text).toBe('济南汽车职业教育集团');
    expect(row.getCell(3).text).toBe('已审核');
    // 提交时间 in Beijing time (UTC+8), formatted: 16:05 UTC is the next day's 00:05.
    expect(row.getCell(4).text).toBe('2039-07-02 00:05');
    const headers = (sheet.getRow(1).values as unknown[]).filter((v): v is string => typeof v === 'string');
    expect(headers).toContain('成立时间（年）');
    expect(headers.filter((h) => h.includes('（年）（年）') || h.includes('（人）（人）'))).toEqual([]);
  });
});
