import type { MiddlewareObj } from '@middy/core';
import { initialState, type ApiEvent, type ApiResult, type RouteContext } from '../api-event';

/** Sets up the request's state and writes one structured log line per request. */
export function requestLog<A>(routeId: string): MiddlewareObj<ApiEvent, ApiResult, Error, RouteContext<A>> {
  const started = new WeakMap<object, number>();
  const line = (context: RouteContext<A>, status: number | undefined) => {
    if (process.env.TRELLIS_QUIET_LOGS === '1') return;
    const ms = Date.now() - (started.get(context) ?? Date.now());
    console.log(JSON.stringify({ level: 'info', route: routeId, requestId: context.trellis.requestId, status, ms }));
  };
  return {
    before: (request) => {
      const requestId = request.event.requestContext?.requestId ?? request.context.awsRequestId ?? 'local';
      request.context.trellis = initialState<A>(request.event, requestId);
      started.set(request.context, Date.now());
    },
    after: (request) => line(request.context, request.response?.statusCode),
    onError: (request) => line(request.context, request.response?.statusCode),
  };
}
