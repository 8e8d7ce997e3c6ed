import { buildPath, routeById, type RouteId } from '@trellis/shared/http/routes';

/** One HTTP call to the local gateway, timed. */
export interface HttpResult {
  status: number;
  body: any;
  ms: number;
}

export function gatewayClient(apiUrl: string) {
  return async (id: RouteId, opts: { token: string; params: Record<string, string>; body?: unknown }): Promise<HttpResult> => {
    const route = routeById(id);
    const started = performance.now();
    const res = await fetch(`${apiUrl}${buildPath(route.path, opts.params)}`, {
      method: route.method,
      headers: { authorization: `Bearer ${opts.token}`, ...(opts.body === undefined ? {} : { 'content-type': 'application/json' }) },
      ...(opts.body === undefined ? {} : { body: JSON.stringify(opts.body) }),
    });
    const text = await res.text();
    const ms = performance.now() - started;
    return { status: res.status, body: text ? JSON.parse(text) : null, ms };
  };
}

export type GatewayCall = ReturnType<typeof gatewayClient>;
