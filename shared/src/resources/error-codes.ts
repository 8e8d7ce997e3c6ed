/**
 * Codes the resources API can answer besides the generic ones (shared/src/http/error-codes.ts): thrown
 * error codes, field codes of validation errors, and the message codes of its zod schemas, for
 * the teaching-resource library. The web translates each (web/src/lib/i18n); the error-codes test keeps this list complete.
 */
export const resourcesErrorCodes = [
  'authors.required',
  'category.invalid',
  'contribution.moved',
  'cover.already_used',
  'cover.not_usable',
  'org.not_contributor',
  'q.too_long',
  'reason.required',
  'resource.already_decided',
  'resource.exists',
  'resource.not_found',
  'resource.not_published',
  'resource.own_work',
  'site.not_found',
  'sort.invalid',
  'subject.invalid',
  'subject.required',
  'title.too_long',
  'title.too_short',
  'upload.already_used',
  'upload.not_usable',
] as const;
