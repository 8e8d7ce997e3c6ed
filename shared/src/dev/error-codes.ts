/**
 * Codes the dev API can answer besides the generic ones (shared/src/http/error-codes.ts): thrown
 * error codes, field codes of validation errors, and the message codes of its zod schemas, for
 * the local development tools (only generic codes). The web translates each (web/src/lib/i18n); the error-codes test keeps this list complete.
 */
export const devErrorCodes = [] as const;
