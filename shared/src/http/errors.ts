/**
 * Error codes the API returns (`{ error: { code, message, fields? } }`). Codes are dotted;
 * the web translates them. The HTTP status of each code is decided in functions/ only.
 */
export interface ApiErrorBody {
  error: {
    code: string;
    message: string;
    /** Field path -> message codes, for 400 validation errors. */
    fields?: Record<string, string[]>;
    requestId?: string;
    /** For throttled logins: a captcha must accompany the next attempt. */
    captchaRequired?: boolean;
  };
}
