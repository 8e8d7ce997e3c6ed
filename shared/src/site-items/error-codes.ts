/**
 * Codes the site-items API can answer besides the generic ones (shared/src/http/error-codes.ts): thrown
 * error codes, field codes of validation errors, and the message codes of its zod schemas, for
 * site items and the upward publishing chain. The web translates each (web/src/lib/i18n); the error-codes test keeps this list complete.
 */
export const siteItemsErrorCodes = [
  'body.required',
  'body.too_long',
  'conflict.version',
  'image.not_found',
  'images.invalid',
  'images.too_many',
  'reason.required',
  'reason.too_long',
  'siteItem.already_decided',
  'siteItem.already_recommended',
  'siteItem.changed',
  'siteItem.no_parent',
  'siteItem.not_editable',
  'siteItem.not_found',
  'siteItem.not_published',
  'siteItem.not_recommendable',
  'siteItem.not_taken_down',
  'siteItem.restore_denied',
  'siteItem.taken_down',
  'title.too_long',
  'title.too_short',
] as const;
