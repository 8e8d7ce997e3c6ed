/**
 * How a statistics form is declared: sections and fields with their kind, unit, labels and
 * help. Validation (zod), the web form, the Excel template and the totals all derive from
 * one declaration of this shape.
 */
export interface Label {
  zh: string;
  en: string;
}

/**
 * `integer` counts (人, 家, 项), `amount` money in 万元 (2 decimals), `percent` 0-100,
 * `text`, `boolean` (是/否), `choice` (one option), `industries` (GB/T 4754 codes).
 */
export type FieldKind = 'text' | 'integer' | 'amount' | 'percent' | 'boolean' | 'choice' | 'industry_sections' | 'industry_divisions';

export type Unit = '万元' | '人' | '%' | '家' | '项' | '年' | '月';

/**
 * How a numeric field adds up across reports in totals, exports and charts: `sum` (people,
 * money, counts), `mean` over the reports that gave it (percentages), `none` (a year or a
 * month: adding founding years means nothing).
 */
export const AGGREGATES = ['sum', 'mean', 'none'] as const;
export type Aggregate = (typeof AGGREGATES)[number];

export interface ChoiceOption {
  value: string;
  label: Label;
}

export interface FieldDef {
  /** Key in the form data and the field path of its errors. */
  key: string;
  section: string;
  kind: FieldKind;
  label: Label;
  unit?: Unit;
  help?: Label;
  required: boolean;
  /** Inclusive bounds for numbers; max length for text. */
  min?: number;
  max?: number;
  options?: readonly ChoiceOption[];
  /** How the field aggregates; every numeric field declares it, other kinds are `none`. */
  aggregate: Aggregate;
}

/** Columns of a repeated table (the member list), declared like fields. */
export interface ColumnDef extends Omit<FieldDef, 'section' | 'kind' | 'aggregate'> {
  kind: 'text' | 'uscc' | 'choice' | 'boolean';
}

export interface SectionDef {
  id: string;
  label: Label;
}

/** A cross-field rule: `field` must not exceed the sum of `limit` fields (both numeric). */
export interface NotAboveRule {
  field: string;
  limit: readonly string[];
  code: string;
}

export interface FormDeclaration {
  id: string;
  version: number;
  title: Label;
  sections: readonly SectionDef[];
  fields: readonly FieldDef[];
  /** The repeated member table: key in the data, its section and its columns. */
  table: { key: string; section: string; label: Label; columns: readonly ColumnDef[]; minRows: number; maxRows: number };
  notAbove: readonly NotAboveRule[];
}

export const NUMERIC_KINDS: readonly FieldKind[] = ['integer', 'amount', 'percent'];

export function isNumericField(f: FieldDef): boolean {
  return NUMERIC_KINDS.includes(f.kind);
}

export function numericFields(form: FormDeclaration): FieldDef[] {
  return form.fields.filter(isNumericField);
}

/** Numeric fields that add up (sum or mean): the ones totals, exports and charts show. */
export function aggregatedFields(form: FormDeclaration): FieldDef[] {
  return numericFields(form).filter((f) => f.aggregate !== 'none');
}

/**
 * A label with its unit once: `成立时间（年）` stays as it is, `毕业生数` + 人 is `毕业生数（人）`.
 * `zh` is the Chinese label when `label` is another language's, so "Founded (year)" is not
 * given a second unit either.
 */
export function withUnit(label: string, unit: string | undefined, zh: string = label): string {
  if (!unit) return label;
  return zh.endsWith(`（${unit}）`) || zh.endsWith(`(${unit})`) ? label : `${label}（${unit}）`;
}

export function fieldByKey(form: FormDeclaration, key: string): FieldDef | undefined {
  return form.fields.find((f) => f.key === key);
}

/** The section a field path (`graduates`, `members.3.code`) belongs to. */
export function sectionOfPath(form: FormDeclaration, path: string): string {
  const head = path.split('.')[0] ?? '';
  if (head === form.table.key) return form.table.section;
  return fieldByKey(form, head)?.section ?? form.sections[0]?.id ?? '';
}
