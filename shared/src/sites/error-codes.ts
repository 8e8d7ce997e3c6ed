/**
 * Codes the sites API can answer besides the generic ones (shared/src/http/error-codes.ts): thrown
 * error codes, field codes of validation errors, and the message codes of its zod schemas, for
 * org websites and their settings. The web translates each (web/src/lib/i18n); the error-codes test keeps this list complete.
 */
export const sitesErrorCodes = [
  'conflict.version',
  'domain.invalid',
  'intro.too_long',
  'nav.duplicate',
  'nav.incomplete',
  'reason.required',
  'site.not_found',
  'siteItem.changed',
  'slug.invalid',
  'slug.taken',
  'upload.not_usable',
] as const;
