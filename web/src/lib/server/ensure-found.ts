import { error } from '@sveltejs/kit';
import type { ApiResult } from './api.ts';

/**
 * For public pages: an API refusal becomes the page's 404 (with `notFoundCode`), a server
 * failure keeps its status; afterwards `result` is the successful answer.
 */
export function ensureFound<T>(result: ApiResult<T>, notFoundCode: string): asserts result is Extract<ApiResult<T>, { ok: true }> {
  if (result.ok) return;
  const status = result.status >= 500 ? result.status : 404;
  error(status, result.error.message, { code: status === 404 ? notFoundCode : result.error.code });
}
