/**
 * Codes the inbox API can answer besides the generic ones (shared/src/http/error-codes.ts): thrown
 * error codes, field codes of validation errors, and the message codes of its zod schemas, for
 * the inbox and phone binding. The web translates each (web/src/lib/i18n); the error-codes test keeps this list complete.
 */
export const inboxErrorCodes = [
  'code.attempts_exceeded',
  'code.invalid',
  'notice.no_confirmation',
  'phone.taken',
  'sms.too_many_requests',
  'sms.busy',
] as const;
