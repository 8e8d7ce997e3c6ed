import type { z } from 'zod';

const GENERIC: Record<string, string> = {
  invalid_type: 'field.required',
  too_small: 'field.too_short',
  too_big: 'field.too_long',
  invalid_value: 'field.invalid_choice',
  invalid_format: 'field.invalid_format',
};

/** Zod issues as field -> message codes (nested paths joined with dots). */
export function fieldErrors(issues: readonly z.core.$ZodIssue[]): Record<string, string[]> {
  const fields: Record<string, string[]> = {};
  for (const issue of issues) {
    const key = issue.path.length ? issue.path.map(String).join('.') : '_';
    const code = /^[a-z_]+\.[a-z_.]+$/.test(issue.message) ? issue.message : (GENERIC[issue.code] ?? 'field.invalid');
    (fields[key] ??= []).push(code);
  }
  return fields;
}
