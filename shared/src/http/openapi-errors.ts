import { apiErrorBodySchema } from './errors';
import type { JsonSchema, ResponseObject, ResponseOrRef } from './openapi-types';
import { inputsInQuery, type RouteRow } from './route-row';
import { toOpenApiSchema } from './openapi-schemas';

/** The component name of the error body every error response carries. */
export const API_ERROR = 'ApiError';

/** The shared error responses (functions/src/http/status-of.ts and the middleware decide them). */
const ERRORS = {
  BadRequest: 'Invalid input: `validation.failed` with `fields` (field path -> message codes), or a rule of the request broken.',
  Unauthorized: 'Authentication required: no bearer token, or one that is unknown or expired (`auth.required`).',
  Forbidden: 'Refused: the account must first change its temporary password (`auth.password_change_required`).',
  ForbiddenOrMissing:
    'Not allowed, or the target does not exist: both get the same answer (`access.denied`), so existence never leaks. Also `auth.password_change_required`.',
  NotFound: 'Not found.',
  Conflict: 'A concurrent change came first (a conditional write was refused), e.g. `conflict.version`: reload and retry.',
  PayloadTooLarge: 'The request body is over 1 MiB (`body.too_large`; shared/src/http/limits.ts).',
  TooManyRequests: 'Too many requests (`throttled` and per-purpose codes).',
  InternalError: 'Internal error: the body carries only `requestId`, to quote when reporting it.',
} as const;

type ErrorName = keyof typeof ERRORS;

const errorResponse = (description: string): ResponseObject => ({
  description,
  content: { 'application/json': { schema: { $ref: `#/components/schemas/${API_ERROR}` } } },
});

/** The error body schema and the shared error responses, for `components`. */
export function errorComponents(): { schemas: Record<string, JsonSchema>; responses: Record<ErrorName, ResponseObject> } {
  const schemas: Record<string, JsonSchema> = {};
  schemas[API_ERROR] = toOpenApiSchema(apiErrorBodySchema, 'output', API_ERROR, schemas);
  const responses = Object.fromEntries(Object.entries(ERRORS).map(([name, description]) => [name, errorResponse(description)]));
  return { schemas, responses: responses as Record<ErrorName, ResponseObject> };
}

/** The error responses a route can answer with (status -> reference to a shared response). */
export function errorResponsesOf(row: Pick<RouteRow, 'access' | 'method'>): Record<string, ResponseOrRef> {
  const ref = (name: ErrorName): ResponseOrRef => ({ $ref: `#/components/responses/${name}` });
  const authenticated = row.access.kind !== 'public';
  return {
    400: ref('BadRequest'),
    ...(authenticated ? { 401: ref('Unauthorized'), 403: ref(row.access.kind === 'policy' ? 'ForbiddenOrMissing' : 'Forbidden') } : {}),
    404: ref('NotFound'),
    409: ref('Conflict'),
    ...(inputsInQuery(row.method) ? {} : { 413: ref('PayloadTooLarge') }),
    429: ref('TooManyRequests'),
    500: ref('InternalError'),
  };
}
