import type { ColumnDef, FieldDef, FormDeclaration } from '@trellis/shared/reporting/form-declaration';

/**
 * Where each field lives in the workbook, derived from the form declaration: the main sheet
 * has one row per field (value in column D, key in column F), the member sheet one row per
 * member with the declared columns.
 */
export const MAIN_SHEET = '填报表';
export const MEMBER_SHEET = '成员单位';
export const CODES_SHEET = '行业代码';
export const VALUE_COLUMN = 4;
export const KEY_COLUMN = 6;
export const FIRST_ROW = 2;

export const YES = '是';
export const NO = '否';

export function columnLetter(n: number): string {
  let s = '';
  for (let x = n; x > 0; x = Math.floor((x - 1) / 26)) s = String.fromCharCode(65 + ((x - 1) % 26)) + s;
  return s;
}

export function mainRowOf(form: FormDeclaration, key: string): number | null {
  const i = form.fields.findIndex((f) => f.key === key);
  return i < 0 ? null : FIRST_ROW + i;
}

/** The cell an error path points at: `graduates` -> 填报表!D24, `members.2.code` -> 成员单位!B4. */
export function cellOfPath(form: FormDeclaration, path: string): { sheet: string; cell: string } {
  const [head, index, column] = path.split('.');
  if (head === form.table.key) {
    const row = index !== undefined && /^\d+$/.test(index) ? FIRST_ROW + Number(index) : 1;
    const col = column ? form.table.columns.findIndex((c) => c.key === column) + 1 : 1;
    return { sheet: MEMBER_SHEET, cell: `${columnLetter(Math.max(col, 1))}${row}` };
  }
  const row = mainRowOf(form, head ?? '') ?? FIRST_ROW;
  return { sheet: MAIN_SHEET, cell: `${columnLetter(VALUE_COLUMN)}${row}` };
}

/** What a person may type, shown beside the field (the options in Chinese, the unit, yes/no). */
export function hintOf(def: FieldDef | ColumnDef): string {
  const parts: string[] = [];
  if (def.help) parts.push(def.help.zh);
  if (def.kind === 'boolean') parts.push(`填“${YES}”或“${NO}”`);
  if (def.kind === 'choice') parts.push(`可选：${(def.options ?? []).map((o) => o.label.zh).join('、')}`);
  if (def.kind === 'industry_sections') parts.push(`填门类代码，多个用分号隔开，如 C;G（见“${CODES_SHEET}”表）`);
  if (def.kind === 'industry_divisions') parts.push(`填大类代码，多个用分号隔开，如 34;54（见“${CODES_SHEET}”表）`);
  if (def.kind === 'integer') parts.push('整数');
  if (def.kind === 'amount') parts.push('最多两位小数');
  if (def.kind === 'percent') parts.push('0-100');
  if (!def.required) parts.push('选填');
  return parts.join('；');
}
