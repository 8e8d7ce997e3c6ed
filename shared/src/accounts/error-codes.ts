/**
 * Codes the accounts API can answer besides the generic ones (shared/src/http/error-codes.ts): thrown
 * error codes, field codes of validation errors, and the message codes of its zod schemas, for
 * accounts, roles and the roster import. The web translates each (web/src/lib/i18n); the error-codes test keeps this list complete.
 */
export const accountsErrorCodes = [
  'account.cannot_disable_self',
  'account.missing',
  'code.invalid',
  'conflict.version',
  'display_name.required',
  'import_id.invalid',
  'login.required',
  'mobile.invalid',
  'password.common',
  'password.required',
  'password.too_long',
  'password.too_short',
  'phone.taken',
  'roles.conflict',
  'roles.required',
  'rows.batch_too_many',
  'rows.required',
  'row.too_many_columns',
  'username.invalid',
  'username.taken',
] as const;
