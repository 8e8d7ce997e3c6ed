import { z } from 'zod';
import { isValidUscc } from '../applications/uscc-check';
import type { ColumnDef, FieldDef, FormDeclaration } from './form-declaration';
import { GBT4754_SECTIONS, SECTION_CODES } from './gbt4754';

/** zod schemas derived from a form declaration: the strict one (submit) and the draft one (autosave). */
const DIVISION_CODES = GBT4754_SECTIONS.flatMap((s) => s.divisions.map((d) => d.code));
const required = (code: string) => (iss: { input?: unknown }) => (iss.input === undefined || iss.input === null ? 'report.required' : code);

function numberSchema(def: { kind: string; min?: number; max?: number }): z.ZodNumber {
  let n = z.number({ error: required('report.number') });
  if (def.kind === 'integer') n = n.int('report.integer');
  if (def.kind === 'percent') return n.min(0, 'report.percent_range').max(100, 'report.percent_range');
  const min = def.min ?? 0;
  n = n.min(min, min === 0 ? 'report.not_negative' : 'report.too_small');
  return def.max !== undefined ? n.max(def.max, 'report.too_large') : n;
}

function textSchema(def: { min?: number; max?: number }) {
  return z.string({ error: required('report.text') }).trim()
    .min(1, 'report.required').min(def.min ?? 1, 'report.too_short').max(def.max ?? 200, 'report.too_long');
}

function choiceSchema(def: Pick<FieldDef, 'options'>) {
  const values = (def.options ?? []).map((o) => o.value) as [string, ...string[]];
  return z.enum(values, { error: required('report.choice') });
}

function strictField(def: FieldDef): z.ZodType {
  switch (def.kind) {
    case 'integer': case 'amount': case 'percent': {
      const n = numberSchema(def);
      return def.kind === 'amount' ? n.refine((v) => Math.abs(Math.round(v * 100) - v * 100) < 1e-6, 'report.two_decimals') : n;
    }
    case 'text': return textSchema(def);
    case 'boolean': return z.boolean({ error: required('report.boolean') });
    case 'choice': return choiceSchema(def);
    case 'industry_sections':
      return z.array(z.enum(SECTION_CODES as [string, ...string[]], 'report.industry_code'), { error: required('report.industry_code') })
        .min(def.required ? 1 : 0, 'report.industries_required');
    case 'industry_divisions':
      return z.array(z.enum(DIVISION_CODES as [string, ...string[]], 'report.industry_code'), { error: required('report.industry_code') });
  }
}

function strictColumn(def: ColumnDef): z.ZodType {
  const base = def.kind === 'uscc'
    ? z.string({ error: required('code.length') }).trim().toUpperCase().length(18, 'code.length').refine(isValidUscc, 'code.checksum')
    : def.kind === 'boolean' ? z.boolean({ error: required('report.boolean') })
      : def.kind === 'choice' ? choiceSchema(def) : textSchema(def);
  return def.required ? base : base.nullish();
}

const strictCache = new WeakMap<FormDeclaration, ReturnType<typeof buildStrict>>();
const draftCache = new WeakMap<FormDeclaration, ReturnType<typeof buildDraft>>();

/** Every field as declared: required, ranges, integer counts, percentages, code checksums (built once per form). */
export function strictSchema(form: FormDeclaration) {
  let s = strictCache.get(form);
  if (!s) strictCache.set(form, (s = buildStrict(form)));
  return s;
}

/** The autosave schema (built once per form); see buildDraft. */
export function draftSchema(form: FormDeclaration) {
  let s = draftCache.get(form);
  if (!s) draftCache.set(form, (s = buildDraft(form)));
  return s;
}

function buildStrict(form: FormDeclaration) {
  const shape: Record<string, z.ZodType> = {};
  for (const def of form.fields) {
    const s = strictField(def);
    shape[def.key] = def.required ? s : def.kind === 'industry_divisions' ? s.default([]) : s.nullish();
  }
  const row = z.object(Object.fromEntries(form.table.columns.map((c) => [c.key, strictColumn(c)])));
  shape[form.table.key] = z.array(row, { error: required('report.members_required') })
    .min(form.table.minRows, 'report.members_required').max(form.table.maxRows, 'report.too_many_rows');
  return z.object(shape);
}

function draftValue(def: { kind: string; max?: number }): z.ZodType {
  switch (def.kind) {
    case 'integer': case 'amount': case 'percent': return z.number().finite().min(-1e13).max(1e13);
    case 'boolean': return z.boolean();
    case 'industry_sections': case 'industry_divisions': return z.array(z.string().max(4)).max(200);
    default: return z.string().max(Math.max(def.max ?? 200, 400));
  }
}

/**
 * What autosave accepts: every field optional and only type-checked (a half-filled form saves);
 * the strict rules run on submit and are reported alongside each save.
 */
function buildDraft(form: FormDeclaration) {
  const shape: Record<string, z.ZodType> = {};
  for (const def of form.fields) shape[def.key] = draftValue(def).nullish();
  const row = z.object(Object.fromEntries(form.table.columns.map((c) => [c.key, draftValue(c).nullish()])));
  shape[form.table.key] = z.array(row).max(form.table.maxRows).default([]);
  return z.object(shape);
}

/** Form data as stored: field key -> value, and the member rows. */
export type ReportData = Record<string, unknown>;
