import { fail } from '@sveltejs/kit';
import type { ZodError } from 'zod';
import type { ApiError } from './api';

/** The shape every failed form action returns: which form, echoed values, field codes, error code. */
export interface FormFailure {
  form?: string;
  /** Extra key identifying the row a per-item form belongs to (an account id, an application id). */
  item?: string;
  values?: Record<string, string | string[]>;
  fields?: Record<string, string[]>;
  error?: string;
  captcha?: { id: string; svg: string };
}

const CODE = /^[a-z_]+(\.[a-z_]+)+$/;

/** Turns zod issues into `{ field: [code] }` using the dotted path as the field name. */
export function zodFields(error: ZodError): Record<string, string[]> {
  const fields: Record<string, string[]> = {};
  for (const issue of error.issues) {
    const name = issue.path.map(String).join('.') || 'form';
    const code = CODE.test(issue.message) ? issue.message : `${name}.invalid`;
    (fields[name] ??= []).push(code);
  }
  return fields;
}

export function invalid(fields: Record<string, string[]>, extra: Omit<FormFailure, 'fields'> = {}) {
  return fail(400, { ...extra, fields, error: 'validation.failed' } satisfies FormFailure);
}

/** Maps an API error to a form failure with the same status. */
export function apiFailure(status: number, error: ApiError, extra: Omit<FormFailure, 'fields' | 'error'> = {}) {
  const httpStatus = status >= 400 && status <= 599 ? status : 500;
  const failure: FormFailure = { ...extra, error: error.code };
  if (error.fields) failure.fields = error.fields;
  return fail(httpStatus, failure);
}
