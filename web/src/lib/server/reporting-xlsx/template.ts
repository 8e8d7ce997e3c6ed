import ExcelJS from 'exceljs';
import type { FormDeclaration } from '@trellis/shared/reporting/form-declaration';
import type { ReportData } from '@trellis/shared/reporting/form-schema';
import { GBT4754_SECTIONS } from '@trellis/shared/reporting/gbt4754';
import { CODES_SHEET, hintOf, KEY_COLUMN, MAIN_SHEET, MEMBER_SHEET, NO, YES } from './layout';

/** A stored value as the person would type it (choices by their Chinese label, yes/no as 是/否). */
export function displayValue(def: { kind: string; options?: readonly { value: string; label: { zh: string } }[] }, value: unknown): string | number | null {
  if (value === null || value === undefined) return null;
  if (def.kind === 'boolean') return value === true ? YES : value === false ? NO : null;
  if (def.kind === 'choice') return def.options?.find((o) => o.value === value)?.label.zh ?? String(value);
  if (Array.isArray(value)) return value.join(';');
  return typeof value === 'number' ? value : String(value);
}

/**
 * The form's Excel template, generated from its declaration: the main sheet (section, item,
 * unit, value, how to fill, field key), the member sheet, and the industry code list.
 * With `data`, the values are filled in (export of one report; re-import gives the same data).
 */
export async function reportTemplate(form: FormDeclaration, data: ReportData = {}): Promise<ArrayBuffer> {
  const book = new ExcelJS.Workbook();
  const main = book.addWorksheet(MAIN_SHEET);
  main.columns = [
    { header: '分区', width: 18 }, { header: '项目', width: 44 }, { header: '单位', width: 8 },
    { header: '填写值', width: 28 }, { header: '填写说明', width: 50 }, { header: '字段', width: 22 },
  ];
  const sectionLabel = new Map(form.sections.map((s) => [s.id, s.label.zh]));
  for (const def of form.fields) {
    const row = main.addRow([sectionLabel.get(def.section) ?? def.section, `${def.label.zh}${def.required ? ' *' : ''}`, def.unit ?? '', displayValue(def, data[def.key]), hintOf(def), def.key]);
    const cell = row.getCell(4);
    if (def.kind === 'boolean') cell.dataValidation = { type: 'list', allowBlank: !def.required, formulae: [`"${YES},${NO}"`] };
    if (def.kind === 'choice') cell.dataValidation = { type: 'list', allowBlank: !def.required, formulae: [`"${(def.options ?? []).map((o) => o.label.zh).join(',')}"`] };
    if (def.kind === 'text' || def.kind.startsWith('industry')) cell.numFmt = '@';
  }
  main.getRow(1).font = { bold: true };
  main.getColumn(KEY_COLUMN).hidden = true;
  main.views = [{ state: 'frozen', ySplit: 1 }];

  const members = book.addWorksheet(MEMBER_SHEET);
  members.columns = form.table.columns.map((c) => ({ header: `${c.label.zh}${c.required ? ' *' : ''}`, width: c.kind === 'text' ? 36 : 22 }));
  members.getRow(1).font = { bold: true };
  members.getRow(1).eachCell((cell, col) => {
    const def = form.table.columns[col - 1];
    if (def) cell.note = hintOf(def) || def.label.en;
  });
  const rows = Array.isArray(data[form.table.key]) ? (data[form.table.key] as Record<string, unknown>[]) : [];
  for (const r of rows) members.addRow(form.table.columns.map((c) => displayValue(c, r[c.key])));
  form.table.columns.forEach((c, i) => {
    const col = members.getColumn(i + 1);
    if (c.kind === 'uscc' || c.kind === 'text') col.numFmt = '@';
  });

  const codes = book.addWorksheet(CODES_SHEET);
  codes.columns = [{ header: '门类', width: 8 }, { header: '大类', width: 8 }, { header: '名称', width: 50 }];
  codes.getRow(1).font = { bold: true };
  for (const s of GBT4754_SECTIONS) {
    codes.addRow([s.code, '', s.name]).font = { bold: true };
    for (const d of s.divisions) codes.addRow([s.code, d.code, d.name]);
  }
  return (await book.xlsx.writeBuffer()) as ArrayBuffer;
}
