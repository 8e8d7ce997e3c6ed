import { isNumericField, type ColumnDef, type FieldDef, type FormDeclaration } from '@trellis/shared/reporting/form-declaration';
import type { ReportData } from '@trellis/shared/reporting/form-schema';

/**
 * The report form's HTML names: a field's key (`graduates`), the industry checkboxes
 * (`industrySections`, repeated), member cells `members.{row}.{column}`. Reading a posted form
 * gives the data to save; a number that does not parse is kept as typed (to show it again)
 * and reported as a local issue, and nothing is saved until it is fixed.
 */
export interface ParsedReportForm {
  data: ReportData;
  /** What the form shows: the data, with unparsable numbers as typed. */
  display: ReportData;
  /** Field path -> message codes found while reading the form. */
  fields: Record<string, string[]>;
}

type Source = { get(name: string): unknown; getAll(name: string): unknown[]; keys(): Iterable<string> };

const str = (v: unknown): string => (typeof v === 'string' ? v.trim() : '');

function readValue(def: Pick<FieldDef, 'kind'> | ColumnDef, raw: string, all: string[]): { value: unknown; display: unknown; bad?: string } {
  switch (def.kind) {
    case 'integer': case 'amount': case 'percent': {
      if (!raw) return { value: null, display: null };
      const n = Number(raw.replace(/[,，\s]/g, ''));
      return Number.isFinite(n) ? { value: n, display: n } : { value: null, display: raw, bad: 'report.number' };
    }
    case 'boolean':
      return { value: raw === 'true' ? true : raw === 'false' ? false : null, display: raw === 'true' ? true : raw === 'false' ? false : null };
    case 'industry_sections': case 'industry_divisions':
      return { value: all, display: all };
    default:
      return { value: raw || null, display: raw || null };
  }
}

/** The member rows present in the form, in index order. */
function rowIndexes(source: Source, tableKey: string): number[] {
  const seen = new Set<number>();
  const pattern = new RegExp(`^${tableKey}\\.(\\d+)\\.`);
  for (const name of source.keys()) {
    const m = pattern.exec(name);
    if (m) seen.add(Number(m[1]));
  }
  return [...seen].sort((a, b) => a - b);
}

export function readReportForm(form: FormDeclaration, source: Source): ParsedReportForm {
  const data: ReportData = {};
  const display: ReportData = {};
  const fields: Record<string, string[]> = {};
  for (const def of form.fields) {
    const all = source.getAll(def.key).map(str).filter(Boolean);
    const r = readValue(def, str(source.get(def.key)), all);
    data[def.key] = r.value;
    display[def.key] = r.display;
    if (r.bad) fields[def.key] = [r.bad];
  }
  const rows: Record<string, unknown>[] = [];
  const shown: Record<string, unknown>[] = [];
  for (const [i, index] of rowIndexes(source, form.table.key).entries()) {
    const row: Record<string, unknown> = {};
    const showRow: Record<string, unknown> = {};
    for (const col of form.table.columns) {
      const name = `${form.table.key}.${index}.${col.key}`;
      // A checkbox is absent when unticked: in a present row that means "no".
      const raw = col.kind === 'boolean' ? (source.get(name) === 'true' ? 'true' : 'false') : str(source.get(name));
      const r = readValue(col, col.kind === 'uscc' ? raw.toUpperCase() : raw, []);
      row[col.key] = r.value;
      showRow[col.key] = r.display;
      if (r.bad) fields[`${form.table.key}.${i}.${col.key}`] = [r.bad];
    }
    rows.push(row);
    shown.push(showRow);
  }
  data[form.table.key] = rows;
  display[form.table.key] = shown;
  return { data, display, fields };
}

/** An empty member row (every declared column present). */
export function emptyRow(form: FormDeclaration): Record<string, unknown> {
  return Object.fromEntries(form.table.columns.map((c) => [c.key, c.kind === 'boolean' ? false : null]));
}

/** The text an input shows for a stored value. */
export function inputText(value: unknown): string {
  if (value === null || value === undefined) return '';
  return String(value);
}

export function isNumeric(def: FieldDef): boolean {
  return isNumericField(def);
}
