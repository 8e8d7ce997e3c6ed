import { API_URL, CONTRACT_CHECK, PROXY_SECRET } from '$app/env/private';
import { getRequestEvent } from '$app/server';
import { buildPath, routeById, type RouteId } from '@trellis/shared/http/routes';
import type { ApiErrorBody } from '@trellis/shared/http/errors';
import { ASSERTION_HEADER } from '@trellis/shared/auth/assertion';
import type { RouteRequest, RouteResponse } from './api-contract';
import { contractMismatch } from './contract-check';

export type ApiError = ApiErrorBody['error'];
export type ApiResult<T> = { ok: true; status: number; data: T } | { ok: false; status: number; error: ApiError };
export type ApiRequest<R extends RouteId> = RouteRequest<R>;

const TIMEOUT_MS = 15_000;

/** Per request (keyed by its locals): the GET calls already made, so a layout and a page asking for the same thing share one call. */
const sameRequestGets = new WeakMap<App.Locals, Map<string, Promise<ApiResult<unknown>>>>();

/**
 * Calls the Trellis HTTP API from server-side code. `token` defaults to the session token of
 * the current request; pass `null` to call without one. With the request's own token, the
 * request's actor assertion goes along (no session read per call). Identical GETs within one
 * request are made once (any other call forgets them). Never throws for HTTP errors: the
 * API's `{ error }` body comes back as `{ ok: false }`; a network failure becomes a 502
 * with code `api.unavailable`.
 */
export async function api<R extends RouteId>(
  routeId: R,
  request: ApiRequest<R> = {},
  token?: string | null,
): Promise<ApiResult<RouteResponse<R>>> {
  const event = getRequestEvent();
  const route = routeById(routeId);
  const url = new URL(`${API_URL}${buildPath(route.path, (request.params ?? {}) as Record<string, string>)}`);
  for (const [key, value] of Object.entries((request.query ?? {}) as Record<string, string | null | undefined>)) {
    if (value !== undefined && value !== null && value !== '') url.searchParams.set(key, value);
  }
  const bearer = token === undefined ? event.locals.token : token;
  let made = sameRequestGets.get(event.locals);
  if (!made) sameRequestGets.set(event.locals, (made = new Map()));
  if (route.method !== 'GET') {
    made.clear();
    return call(event, route, url, bearer, request.body);
  }
  const key = `${bearer ?? ''} ${url.href}`;
  let pending = made.get(key) as Promise<ApiResult<RouteResponse<R>>> | undefined;
  if (!pending) made.set(key, (pending = call(event, route, url, bearer, request.body)));
  return pending;
}

async function call<R extends RouteId>(
  event: ReturnType<typeof getRequestEvent>,
  route: ReturnType<typeof routeById>,
  url: URL,
  bearer: string | null | undefined,
  body: unknown,
): Promise<ApiResult<RouteResponse<R>>> {
  const headers: Record<string, string> = { accept: 'application/json' };
  if (bearer) headers.authorization = `Bearer ${bearer}`;
  if (bearer && bearer === event.locals.token && event.locals.assertion) headers[ASSERTION_HEADER] = event.locals.assertion;
  headers['x-trellis-client-ip'] = clientIp(event);
  if (PROXY_SECRET) headers['x-trellis-proxy-secret'] = PROXY_SECRET;
  if (body !== undefined) headers['content-type'] = 'application/json';

  let response: Response;
  try {
    response = await fetch(url, {
      method: route.method,
      headers,
      body: body === undefined ? undefined : JSON.stringify(body),
      signal: AbortSignal.timeout(TIMEOUT_MS),
    });
  } catch (cause) {
    console.error(`[api] ${route.method} ${url.pathname} failed`, cause);
    return { ok: false, status: 502, error: { code: 'api.unavailable', message: 'API unavailable' } };
  }
  const payload = await readJson(response);
  if (response.ok) {
    const mismatch = CONTRACT_CHECK ? contractMismatch(route, response.status, payload) : null;
    if (mismatch) {
      console.error(`[api] ${route.id} answered ${response.status} against its declared output: ${mismatch}`);
      return { ok: false, status: 502, error: { code: 'api.contract_mismatch', message: 'API response does not match its contract' } };
    }
    return { ok: true, status: response.status, data: payload as RouteResponse<R> };
  }
  return { ok: false, status: response.status, error: toApiError(response.status, payload) };
}

function clientIp(event: ReturnType<typeof getRequestEvent>): string {
  try {
    return event.getClientAddress();
  } catch {
    return '';
  }
}

async function readJson(response: Response): Promise<unknown> {
  if (response.status === 204) return null;
  const text = await response.text();
  if (!text) return null;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return null;
  }
}

function toApiError(status: number, payload: unknown): ApiError {
  const error = (payload as Partial<ApiErrorBody> | null)?.error;
  if (error && typeof error.code === 'string') return error;
  if (status === 404) return { code: 'not_found', message: 'Not found' };
  return { code: status >= 500 ? 'server.error' : 'request.failed', message: `HTTP ${status}` };
}
