import { z } from 'zod';
import type { FormDeclaration } from './form-declaration';
import { sectionOfPath } from './form-declaration';
import { strictSchema, type ReportData } from './form-schema';
import { SECTION_OF_DIVISION } from './gbt4754';

/** One problem with a field: its path (`graduates`, `members.2.code`), section and message code. */
export const fieldIssueSchema = z.object({ path: z.string(), section: z.string(), code: z.string() });
export type FieldIssue = z.infer<typeof fieldIssueSchema>;

export interface ValidationResult {
  ok: boolean;
  issues: FieldIssue[];
  /** Section id -> its issues, in the declaration's section order. */
  bySection: Record<string, FieldIssue[]>;
  /** Field path -> message codes (the API's 400 `fields` shape). */
  fields: Record<string, string[]>;
}

const num = (v: unknown): number | null => (typeof v === 'number' && Number.isFinite(v) ? v : null);

/** Rules across fields; tolerant of missing or malformed values (those are reported per field). */
export function crossFieldIssues(form: FormDeclaration, data: ReportData): { path: string; code: string }[] {
  const out: { path: string; code: string }[] = [];
  for (const rule of form.notAbove) {
    const value = num(data[rule.field]);
    const limits = rule.limit.map((k) => num(data[k]));
    if (value === null || limits.some((l) => l === null)) continue;
    if (value > limits.reduce<number>((a, b) => a + (b ?? 0), 0)) out.push({ path: rule.field, code: rule.code });
  }
  if (form.id === 'group-annual') out.push(...groupFormRules(data));
  return out;
}

function groupFormRules(data: ReportData): { path: string; code: string }[] {
  const out: { path: string; code: string }[] = [];
  if (data.approved === false && data.filed === false && data.registered === false) {
    out.push({ path: 'approved', code: 'report.founding_method_required' });
  }
  if (data.registered === true && (data.legalPersonType === 'none' || data.legalPersonType == null)) {
    out.push({ path: 'legalPersonType', code: 'report.legal_person_required' });
  }
  const sections = new Set(Array.isArray(data.industrySections) ? (data.industrySections as unknown[]) : []);
  const divisions = Array.isArray(data.industryDivisions) ? (data.industryDivisions as unknown[]) : [];
  divisions.forEach((d, i) => {
    const section = SECTION_OF_DIVISION.get(String(d));
    if (section && !sections.has(section)) out.push({ path: `industryDivisions.${i}`, code: 'report.division_outside_sections' });
  });
  const members = Array.isArray(data.members) ? (data.members as Record<string, unknown>[]) : [];
  const seen = new Map<string, number>();
  members.forEach((m, i) => {
    const code = typeof m?.code === 'string' ? m.code.trim().toUpperCase() : '';
    if (!code) return;
    if (seen.has(code)) out.push({ path: `members.${i}.code`, code: 'report.code_duplicate' });
    else seen.set(code, i);
  });
  if (members.length > 0 && !members.some((m) => m?.isLead === true)) out.push({ path: 'members', code: 'report.lead_member_required' });
  return out;
}

/** The full check a report must pass to be submitted: the strict schema and the cross-field rules. */
export function validateReport(form: FormDeclaration, data: ReportData): ValidationResult {
  const raw: { path: string; code: string }[] = [];
  const parsed = strictSchema(form).safeParse(data);
  if (!parsed.success) {
    const seen = new Set<string>();
    for (const issue of parsed.error.issues) {
      const path = issue.path.map(String).join('.') || form.fields[0]?.key || '';
      // The first failed check of a field is its message ('' is "required", not also "too short").
      if (!seen.has(path)) raw.push({ path, code: issue.message });
      seen.add(path);
    }
  }
  raw.push(...crossFieldIssues(form, data));
  const unique = new Map<string, FieldIssue>();
  for (const r of raw) unique.set(`${r.path}|${r.code}`, { ...r, section: sectionOfPath(form, r.path) });
  const issues = [...unique.values()];
  const bySection: Record<string, FieldIssue[]> = {};
  for (const s of form.sections) {
    const list = issues.filter((i) => i.section === s.id);
    if (list.length) bySection[s.id] = list;
  }
  const fields: Record<string, string[]> = {};
  for (const i of issues) (fields[i.path] ??= []).push(i.code);
  return { ok: issues.length === 0, issues, bySection, fields };
}
