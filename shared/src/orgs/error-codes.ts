/**
 * Codes the orgs API can answer besides the generic ones (shared/src/http/error-codes.ts): thrown
 * error codes, field codes of validation errors, and the message codes of its zod schemas, for
 * orgs and the lookup. The web translates each (web/src/lib/i18n); the error-codes test keeps this list complete.
 */
export const orgsErrorCodes = [
  'code.taken',
  'children.type_not_allowed',
  'conflict.version',
  'id.invalid',
  'name.taken',
  'name.too_long',
  'name.too_short',
  'org.exists',
  'parent.type_not_allowed',
  'q.too_short',
  'slug.invalid',
  'slug.taken',
] as const;
