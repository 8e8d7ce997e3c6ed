import type { MiddlewareObj } from '@middy/core';
import type { z } from 'zod';
import { ValidationError } from '../../errors';
import type { ApiEvent, ApiResult, RouteContext } from '../api-event';

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

function bodyOf(event: ApiEvent): Record<string, unknown> {
  if (!event.body) return {};
  const raw = event.isBase64Encoded ? Buffer.from(event.body, 'base64').toString('utf8') : event.body;
  try {
    const parsed: unknown = JSON.parse(raw);
    if (parsed && typeof parsed === 'object' && !Array.isArray(parsed)) return parsed as Record<string, unknown>;
  } catch {
    // reported below
  }
  throw new ValidationError({ _: ['body.invalid_json'] });
}

/** Merges path parameters, query string and JSON body, and validates them with the route's schema. */
export function parseInput(schema: z.ZodType): MiddlewareObj<ApiEvent, ApiResult, Error, RouteContext> {
  return {
    before: (request) => {
      const { event } = request;
      const merged = { ...bodyOf(event), ...(event.queryStringParameters ?? {}), ...(event.pathParameters ?? {}) };
      const result = schema.safeParse(merged);
      if (!result.success) throw new ValidationError(fieldErrors(result.error.issues));
      request.context.trellis.input = result.data;
    },
  };
}
