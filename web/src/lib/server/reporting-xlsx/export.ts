import ExcelJS from 'exceljs';
import { aggregatedFields, withUnit, type FormDeclaration } from '@trellis/shared/reporting/form-declaration';
import type { ReportData } from '@trellis/shared/reporting/form-schema';
import { GBT4754_SECTIONS } from '@trellis/shared/reporting/gbt4754';
import { MEMBER_TYPE_LABELS, MEMBER_TYPES } from '@trellis/shared/reporting/group-annual-form';
import type { ReportSummary } from '@trellis/shared/reporting/report-view';
import { aggregateValue, type RegionTotals } from '@trellis/shared/reporting/totals';
import { beijingDateTime } from '@trellis/shared/time/beijing-time';
import { displayValue } from './template';

export const STATE_LABELS: Record<string, string> = {
  draft: '草稿', submitted: '已提交', returned: '已退回', resubmitted: '已重新提交', approved: '已审核', accepted: '已验收',
};

/**
 * A table of reports, one row per org: its state and, when the data is given, every field of
 * the form (labels with units in the header). Any list of reports exports through this.
 * Times are Beijing time, formatted (`2026-07-01 16:05`), never raw UTC text.
 */
export async function exportReports(form: FormDeclaration, reports: { summary: ReportSummary; data?: ReportData | null }[]): Promise<ArrayBuffer> {
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet('报表列表');
  const withData = reports.some((r) => r.data);
  const fields = withData ? form.fields : [];
  sheet.columns = [
    { header: '单位', width: 36 }, { header: '年度', width: 8 }, { header: '状态', width: 12 }, { header: '提交时间', width: 22 },
    ...fields.map((f) => ({ header: withUnit(f.label.zh, f.unit), width: 16 })),
    ...(withData ? [{ header: '成员单位数', width: 12 }] : []),
  ];
  sheet.getRow(1).font = { bold: true };
  for (const { summary, data } of reports) {
    const members = Array.isArray(data?.[form.table.key]) ? (data?.[form.table.key] as unknown[]).length : null;
    sheet.addRow([
      summary.orgName, summary.year, STATE_LABELS[summary.state] ?? summary.state, beijingDateTime(summary.submittedAt),
      ...fields.map((f) => displayValue(f, data?.[f.key])),
      ...(withData ? [members] : []),
    ]);
  }
  sheet.views = [{ state: 'frozen', ySplit: 1, xSplit: 1 }];
  return (await book.xlsx.writeBuffer()) as ArrayBuffer;
}

const AGGREGATE_LABELS = { sum: '合计', mean: '平均', none: '' } as const;

/** A region's totals: each field as its declaration aggregates it (sum or mean; years are not added), member types, industry coverage. */
export async function exportTotals(form: FormDeclaration, regionName: string, year: number, totals: RegionTotals): Promise<ArrayBuffer> {
  const book = new ExcelJS.Workbook();
  const sums = book.addWorksheet('汇总');
  sums.columns = [{ header: '项目', width: 50 }, { header: '单位', width: 8 }, { header: '汇总方式', width: 10 }, { header: '数值', width: 18 }, { header: '填报单位数', width: 12 }];
  sums.getRow(1).font = { bold: true };
  sums.addRow([`${regionName} ${year}年度 已审核报表数`, '份', AGGREGATE_LABELS.sum, totals.reports, null]);
  for (const f of aggregatedFields(form)) {
    sums.addRow([f.label.zh, f.unit ?? '', AGGREGATE_LABELS[f.aggregate], aggregateValue(f, totals), totals.counts[f.key] ?? 0]);
  }
  const members = book.addWorksheet('成员构成');
  members.columns = [{ header: '单位类型', width: 20 }, { header: '数量', width: 10 }];
  members.getRow(1).font = { bold: true };
  for (const t of MEMBER_TYPES) members.addRow([MEMBER_TYPE_LABELS[t].zh, totals.memberTypes[t] ?? 0]);
  members.addRow(['合计', totals.members]);
  const industries = book.addWorksheet('行业覆盖');
  industries.columns = [{ header: '代码', width: 8 }, { header: '行业', width: 50 }, { header: '覆盖集团数', width: 12 }];
  industries.getRow(1).font = { bold: true };
  for (const s of GBT4754_SECTIONS) {
    industries.addRow([s.code, s.name, totals.industrySections[s.code] ?? 0]).font = { bold: true };
    for (const d of s.divisions) if (totals.industryDivisions[d.code]) industries.addRow([d.code, d.name, totals.industryDivisions[d.code]]);
  }
  return (await book.xlsx.writeBuffer()) as ArrayBuffer;
}
