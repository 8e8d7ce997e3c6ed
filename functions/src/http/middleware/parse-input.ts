import type { MiddlewareObj } from '@middy/core';
import type { z } from 'zod';
import { fieldErrors } from '@trellis/shared/http/field-errors';
import { MAX_BODY_BYTES } from '@trellis/shared/http/limits';
import { PayloadTooLarge, ValidationError } from '../../errors';
import type { ApiEvent, ApiResult, RouteContext } from '../api-event';

function bodyOf(event: ApiEvent): Record<string, unknown> {
  if (!event.body) return {};
  const raw = event.isBase64Encoded ? Buffer.from(event.body, 'base64').toString('utf8') : event.body;
  if (Buffer.byteLength(raw, 'utf8') > MAX_BODY_BYTES) throw new PayloadTooLarge();
  try {
    const parsed: unknown = JSON.parse(raw);
    if (parsed && typeof parsed === 'object' && !Array.isArray(parsed)) return parsed as Record<string, unknown>;
  } catch {
    // reported below
  }
  throw new ValidationError({ _: ['body.invalid_json'] });
}

/** Merges path parameters, query string and JSON body, and validates them with the route's schema. */
export function parseInput<A>(schema: z.ZodType): MiddlewareObj<ApiEvent, ApiResult, Error, RouteContext<A>> {
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
