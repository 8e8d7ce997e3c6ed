import { json, type RequestEvent } from '@sveltejs/kit';
import type { ApiResult } from './api.ts';

/**
 * The upload page's script talks to the API only through these same-origin JSON endpoints
 * (`/w/uploads/api/...`): the session cookie stays httpOnly and the API's answer, status and
 * `{ error }` body are passed through unchanged so the page can translate its codes.
 */
export function errorJson(status: number, code: string, message: string): Response {
  return json({ error: { code, message } }, { status });
}

/** A session is required; writes must come from this origin (cookies are `SameSite=Lax` too). */
export function guard(event: RequestEvent): Response | null {
  if (!event.locals.session) return errorJson(401, 'auth.required', 'Sign in first');
  if (event.request.method !== 'GET' && event.request.method !== 'HEAD') {
    const origin = event.request.headers.get('origin');
    if (origin !== null && origin !== event.url.origin) return errorJson(403, 'access.denied', 'Cross-origin request refused');
  }
  return null;
}

/**
 * The JSON object a write sends. Requiring `application/json` also means a cross-site page
 * cannot send it without a CORS preflight, which this app never answers.
 */
export async function jsonBody(event: RequestEvent): Promise<Record<string, unknown> | Response> {
  const type = event.request.headers.get('content-type') ?? '';
  if (!/^application\/json\b/i.test(type)) return errorJson(415, 'request.failed', 'Send application/json');
  let body: unknown;
  try {
    body = await event.request.json();
  } catch {
    return errorJson(400, 'request.failed', 'Malformed JSON');
  }
  if (typeof body !== 'object' || body === null || Array.isArray(body)) return errorJson(400, 'request.failed', 'Expected a JSON object');
  return body as Record<string, unknown>;
}

/** The API's answer as this endpoint's: same status, same body (204 has none). */
export function relay<T>(result: ApiResult<T>): Response {
  if (!result.ok) return json({ error: result.error }, { status: result.status });
  if (result.status === 204) return new Response(null, { status: 204 });
  return json(result.data, { status: result.status });
}
