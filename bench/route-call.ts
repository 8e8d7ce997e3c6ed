import { randomInt } from 'node:crypto';
import { routeById, type RouteId } from '@trellis/shared/http/routes';
import { invokeRoute, type Invocation } from '../dev/invoke';
import { DEMO_PASSWORD } from '../dev/demo-data';

export interface RouteResult {
  status: number;
  body: unknown;
}

/** A distinct client IP per call, so login throttling never kicks in. */
export function randomIp(): string {
  return `10.${randomInt(256)}.${randomInt(256)}.${randomInt(1, 255)}`;
}

/** Invokes a route's Lambda handler in-process, as API Gateway would, optionally signed in. */
export async function callRoute(id: RouteId, inv: Invocation & { token?: string } = {}): Promise<RouteResult> {
  const { token, ...rest } = inv;
  const headers = { ...(rest.headers ?? {}), ...(token ? { authorization: `Bearer ${token}` } : {}) };
  const res = await invokeRoute(routeById(id), { ...rest, headers, sourceIp: rest.sourceIp ?? randomIp() });
  return { status: res.status, body: res.body };
}

/** Throws unless the route answered `status`; returns the body. */
export function expectStatus<T>(res: RouteResult, status: number, what: string): T {
  if (res.status !== status) throw new Error(`${what}: expected HTTP ${status}, got ${res.status} ${JSON.stringify(res.body)}`);
  return res.body as T;
}

/** Signs in a demo account; returns the session token. */
export async function loginToken(username: string, password = DEMO_PASSWORD): Promise<string> {
  const res = await callRoute('auth.login', { body: { login: username, password } });
  return expectStatus<{ token: string }>(res, 200, `login ${username}`).token;
}
