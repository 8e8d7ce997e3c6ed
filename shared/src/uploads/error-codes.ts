/**
 * Codes the uploads API can answer besides the generic ones (shared/src/http/error-codes.ts): thrown
 * error codes, field codes of validation errors, and the message codes of its zod schemas, for
 * direct uploads. The web translates each (web/src/lib/i18n); the error-codes test keeps this list complete.
 */
export const uploadsErrorCodes = [
  'file_name.required',
  'file_name.too_long',
  'first_part_hash.invalid',
  'part.out_of_range',
  'part.size_mismatch',
  'size.invalid',
  'upload.content_mismatch',
  'upload.expired',
  'upload.finished',
  'upload.in_use',
  'upload.parts_missing',
  'upload.parts_invalid',
  'upload.size_mismatch',
  'upload.too_large',
  'upload.too_narrow',
  'upload.type_not_allowed',
] as const;
