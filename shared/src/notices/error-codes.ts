/**
 * Codes the notices API can answer besides the generic ones (shared/src/http/error-codes.ts): thrown
 * error codes, field codes of validation errors, and the message codes of its zod schemas, for
 * notices. The web translates each (web/src/lib/i18n); the error-codes test keeps this list complete.
 */
export const noticesErrorCodes = [
  'body.empty',
  'body.too_long',
  'confirm_by.before_publish',
  'notice.duplicate_request',
  'notice.reminder_in_progress',
  'request_id.invalid',
  'targets.required',
  'title.too_long',
  'title.too_short',
] as const;
