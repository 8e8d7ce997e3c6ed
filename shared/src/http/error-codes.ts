import { authErrorCodes } from '../auth/error-codes';
import { orgsErrorCodes } from '../orgs/error-codes';
import { sitesErrorCodes } from '../sites/error-codes';
import { accountsErrorCodes } from '../accounts/error-codes';
import { applicationsErrorCodes } from '../applications/error-codes';
import { noticesErrorCodes } from '../notices/error-codes';
import { inboxErrorCodes } from '../inbox/error-codes';
import { uploadsErrorCodes } from '../uploads/error-codes';
import { resourcesErrorCodes } from '../resources/error-codes';
import { reportingErrorCodes } from '../reporting/error-codes';
import { siteItemsErrorCodes } from '../site-items/error-codes';
import { membersErrorCodes } from '../members/error-codes';
import { devErrorCodes } from '../dev/error-codes';

/**
 * Codes any route can answer, decided outside the capabilities: the middleware (authentication,
 * input parsing, authorization), the error response, cursors, and zod's generic issue codes
 * (field-errors.ts). Each capability declares its own codes in shared/src/<capability>/error-codes.ts.
 */
export const httpErrorCodes = [
  'access.denied',
  'auth.password_change_required',
  'auth.required',
  'body.invalid_json',
  'body.too_large',
  'path.malformed',
  'cursor.invalid',
  'field.invalid',
  'field.invalid_choice',
  'field.invalid_format',
  'field.required',
  'field.too_long',
  'field.too_short',
  'internal',
  'not_found',
  'route.not_found',
  'throttled',
  'validation.failed',
] as const;

/** Every code the API can answer, generic and per capability (a code may be declared by several). */
export const ERROR_CODES = [
  ...httpErrorCodes,
  ...authErrorCodes,
  ...orgsErrorCodes,
  ...sitesErrorCodes,
  ...accountsErrorCodes,
  ...applicationsErrorCodes,
  ...noticesErrorCodes,
  ...inboxErrorCodes,
  ...uploadsErrorCodes,
  ...resourcesErrorCodes,
  ...reportingErrorCodes,
  ...siteItemsErrorCodes,
  ...membersErrorCodes,
  ...devErrorCodes,
] as const;

export type ErrorCode = (typeof ERROR_CODES)[number];
