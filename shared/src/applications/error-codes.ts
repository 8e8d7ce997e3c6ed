/**
 * Codes the applications API can answer besides the generic ones (shared/src/http/error-codes.ts): thrown
 * error codes, field codes of validation errors, and the message codes of its zod schemas, for
 * applications to join. The web translates each (web/src/lib/i18n); the error-codes test keeps this list complete.
 */
export const applicationsErrorCodes = [
  'application.already_decided',
  'application.not_found',
  'code.checksum',
  'code.length',
  'code.taken',
  'contact_name.required',
  'email.invalid',
  'name.taken',
  'number.invalid',
  'parent.invalid',
  'parent.type_not_allowed',
  'reason.required',
  'slug.invalid',
  'slug.taken',
  'region.required',
  'username.taken',
] as const;
