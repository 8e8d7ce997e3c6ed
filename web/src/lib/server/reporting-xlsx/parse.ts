import ExcelJS from 'exceljs';
import type { FormDeclaration } from '@trellis/shared/reporting/form-declaration';
import type { ReportData } from '@trellis/shared/reporting/form-schema';
import { validateReport } from '@trellis/shared/reporting/validate';
import { convert, rawValue } from './cell-value';
import { cellOfPath, columnLetter, FIRST_ROW, KEY_COLUMN, MAIN_SHEET, MEMBER_SHEET, VALUE_COLUMN } from './layout';

/** One problem in an imported workbook: where (sheet and cell), which field, and the message code. */
export interface CellError {
  sheet: string;
  cell: string;
  field: string;
  code: string;
}

export type ParseResult = { ok: true; data: ReportData } | { ok: false; errors: CellError[]; data: ReportData | null };

const MAX_MEMBER_ROWS = 1000;

/** The cell of an error path; member rows map to the sheet rows they came from (blank rows skipped). */
function cellAt(form: FormDeclaration, path: string, sheetRows: number[]): { sheet: string; cell: string } {
  const [head, index, column] = path.split('.');
  if (head !== form.table.key || index === undefined || !/^\d+$/.test(index)) return cellOfPath(form, path);
  const col = Math.max(1, form.table.columns.findIndex((c) => c.key === column) + 1);
  return { sheet: MEMBER_SHEET, cell: `${columnLetter(col)}${sheetRows[Number(index)] ?? FIRST_ROW + Number(index)}` };
}

/**
 * Reads a filled template back into form data. Every cell is converted by the field's kind,
 * then the whole report is validated by the form's rules; errors point at cells. `ok` only
 * when the whole workbook is valid: the caller saves nothing otherwise.
 */
export async function parseReportWorkbook(form: FormDeclaration, bytes: ArrayBuffer | Uint8Array): Promise<ParseResult> {
  const book = new ExcelJS.Workbook();
  try {
    await book.xlsx.load(bytes instanceof Uint8Array ? bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer : bytes);
  } catch {
    return { ok: false, data: null, errors: [{ sheet: '', cell: '', field: '', code: 'xlsx.unreadable' }] };
  }
  const main = book.getWorksheet(MAIN_SHEET);
  const members = book.getWorksheet(MEMBER_SHEET);
  if (!main || !members) return { ok: false, data: null, errors: [{ sheet: main ? MEMBER_SHEET : MAIN_SHEET, cell: '', field: '', code: 'xlsx.sheet_missing' }] };
  const errors: CellError[] = [];
  const data: ReportData = {};
  const rowOfKey = new Map<string, number>();
  for (let r = FIRST_ROW; r <= main.rowCount; r++) {
    const key = main.getRow(r).getCell(KEY_COLUMN).text.trim();
    if (key) rowOfKey.set(key, r);
  }
  for (const def of form.fields) {
    const r = rowOfKey.get(def.key);
    const at = `${columnLetter(VALUE_COLUMN)}${r ?? ''}`;
    if (!r) {
      errors.push({ sheet: MAIN_SHEET, cell: '', field: def.key, code: 'xlsx.row_missing' });
      continue;
    }
    const c = convert(def, rawValue(main.getRow(r).getCell(VALUE_COLUMN)));
    if (c.ok) data[def.key] = c.value;
    else errors.push({ sheet: MAIN_SHEET, cell: at, field: def.key, code: c.code });
  }
  const rows: Record<string, unknown>[] = [];
  const sheetRows: number[] = [];
  for (let r = FIRST_ROW; r <= Math.min(members.rowCount, FIRST_ROW + MAX_MEMBER_ROWS); r++) {
    const sheetRow = members.getRow(r);
    const raws = form.table.columns.map((_, i) => rawValue(sheetRow.getCell(i + 1)));
    if (raws.every((v) => v === null)) continue;
    const row: Record<string, unknown> = {};
    form.table.columns.forEach((def, i) => {
      const c = convert(def.kind === 'uscc' ? { kind: 'text' } : def, raws[i] ?? null);
      if (c.ok) row[def.key] = c.value;
      else errors.push({ sheet: MEMBER_SHEET, cell: `${columnLetter(i + 1)}${r}`, field: `${form.table.key}.${rows.length}.${def.key}`, code: c.code });
    });
    rows.push(row);
    sheetRows.push(r);
  }
  data[form.table.key] = rows;
  const checked = validateReport(form, data);
  const converted = new Set(errors.map((e) => e.field));
  for (const issue of checked.issues) {
    if (converted.has(issue.path)) continue;
    errors.push({ ...cellAt(form, issue.path, sheetRows), field: issue.path, code: issue.code });
  }
  return errors.length === 0 ? { ok: true, data } : { ok: false, errors, data };
}
