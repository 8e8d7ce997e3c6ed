import { z } from 'zod';

/**
 * Error codes the API returns (`{ error: { code, message, fields? } }`). Codes are dotted;
 * the web translates them. The HTTP status of each code is decided in functions/ only.
 * The schema is what openapi.json documents for every error response.
 */
export const apiErrorBodySchema = z.object({
  error: z.object({
    code: z.string().describe('Dotted error code, e.g. `access.denied`, `validation.failed`.'),
    message: z.string(),
    fields: z.record(z.string(), z.array(z.string())).optional().describe('Field path -> message codes, for 400 validation errors.'),
    requestId: z.string().optional().describe('On 500s: the id to quote when reporting the failure.'),
    captchaRequired: z.boolean().optional().describe('For throttled logins: a captcha must accompany the next attempt.'),
  }),
});

export type ApiErrorBody = z.infer<typeof apiErrorBodySchema>;
