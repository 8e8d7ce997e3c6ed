import { timingSafeEqual } from 'node:crypto';
import type { APIGatewayProxyEventV2, APIGatewayProxyStructuredResultV2, Context } from 'aws-lambda';
import type { Actor } from '@trellis/shared/access/policy';
import type { Org } from '@trellis/shared/orgs/org';

export type ApiEvent = APIGatewayProxyEventV2;
export type ApiResult = APIGatewayProxyStructuredResultV2;

/** What the middleware stack learned about a request, handed to the route function. */
export interface RouteState<A = unknown> {
  requestId: string;
  clientIp: string;
  input: unknown;
  tokenHash: string | null;
  actor: Actor | null;
  /** The account and memberships behind `actor`. */
  auth: A | null;
  /** For policy routes: the target and the orgs on its path (ancestors first). */
  target: { path: string; record: unknown; pathOrgs: Org[] } | null;
}

export interface RouteContext<A = unknown> extends Context {
  trellis: RouteState<A>;
}

/**
 * The browser's IP: the SvelteKit server forwards it in `x-trellis-client-ip`, trusted only
 * with the shared proxy secret (anyone can call the API directly and set the header).
 */
export function clientIpOf(event: ApiEvent): string {
  const sourceIp = event.requestContext?.http?.sourceIp ?? 'unknown';
  const forwarded = event.headers?.['x-trellis-client-ip'];
  const secret = process.env.PROXY_SECRET;
  const presented = event.headers?.['x-trellis-proxy-secret'];
  if (!forwarded || forwarded.length > 64 || !secret || !presented) return sourceIp;
  const a = Buffer.from(secret);
  const b = Buffer.from(presented);
  return a.length === b.length && timingSafeEqual(a, b) ? forwarded : sourceIp;
}

export function json(statusCode: number, body: unknown, headers: Record<string, string> = {}): ApiResult {
  return {
    statusCode,
    headers: { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store', ...headers },
    body: body === undefined ? '' : JSON.stringify(body),
  };
}

export function initialState<A>(event: ApiEvent, requestId: string): RouteState<A> {
  return { requestId, clientIp: clientIpOf(event), input: undefined, tokenHash: null, actor: null, auth: null, target: null };
}
