/**
 * Codes the members API can answer besides the generic ones (shared/src/http/error-codes.ts): thrown
 * error codes, field codes of validation errors, and the message codes of its zod schemas, for
 * member units. The web translates each (web/src/lib/i18n); the error-codes test keeps this list complete.
 */
export const membersErrorCodes = [
  'address.required',
  'captcha.invalid',
  'captcha.required',
  'conflict.version',
  'contact_name.required',
  'email.invalid',
  'id.invalid',
  'member.already_decided',
  'member.code_taken',
  'member.exists',
  'member.not_active',
  'member.not_found',
  'member.summary_stale',
  'member_type.invalid',
  'number.invalid',
  'phone.invalid',
  'reason.required',
  'site.not_found',
] as const;
