import { error } from '@sveltejs/kit';
import type { ApiError } from './api';

/**
 * Turns a failed API call of a page's load into the error page. 403 and 404 both mean "not
 * yours to see" (existence is never leaked); a malformed id (400) is simply not found.
 */
export function raise(failed: { status: number; error: ApiError }): never {
  if (failed.status === 403 || failed.status === 404) error(403, failed.error.message, { code: 'access.denied' });
  if (failed.status === 400) error(404, 'Not found', { code: 'not_found' });
  error(failed.status, failed.error.message, { code: failed.error.code });
}
