/**
 * Codes the auth API can answer besides the generic ones (shared/src/http/error-codes.ts): thrown
 * error codes, field codes of validation errors, and the message codes of its zod schemas, for
 * sign-in, sessions, password change and reset. The web translates each (web/src/lib/i18n); the error-codes test keeps this list complete.
 */
export const authErrorCodes = [
  'auth.account_disabled',
  'auth.captcha_invalid',
  'auth.captcha_required',
  'auth.invalid_credentials',
  'auth.session_expired',
  'code.attempts_exceeded',
  'code.invalid',
  'password.too_many_attempts',
  'password.unchanged',
  'password.wrong',
  'sms.too_many_requests',
] as const;
