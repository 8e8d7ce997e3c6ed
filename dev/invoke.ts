import { randomUUID } from 'node:crypto';
import { pathToFileURL } from 'node:url';
import { resolve } from 'node:path';
import type { APIGatewayProxyEventV2, APIGatewayProxyStructuredResultV2, Context } from 'aws-lambda';
import { buildPath, type RouteRow } from '@trellis/shared/http/routes';

/**
 * Invokes a route's Lambda handler in-process with an API Gateway v2 event, as the HTTP API
 * would. Used by the local gateway and by the integration tests.
 */
export interface Invocation {
  params?: Record<string, string>;
  query?: Record<string, string>;
  body?: unknown;
  headers?: Record<string, string>;
  sourceIp?: string;
}

type Handler = (event: APIGatewayProxyEventV2, context: Context) => Promise<APIGatewayProxyStructuredResultV2>;
const modules = new Map<string, Promise<{ handler: Handler }>>();

export function loadHandler(entry: string): Promise<{ handler: Handler }> {
  let mod = modules.get(entry);
  if (!mod) {
    const file = resolve(import.meta.dirname, '..', 'functions', 'src', `${entry}.ts`);
    mod = import(pathToFileURL(file).href) as Promise<{ handler: Handler }>;
    modules.set(entry, mod);
  }
  return mod;
}

export function apiEvent(route: RouteRow, call: Invocation): APIGatewayProxyEventV2 {
  const params = call.params ?? {};
  const rawPath = buildPath(route.path, params);
  const query = new URLSearchParams(call.query ?? {});
  const requestId = randomUUID();
  const now = Date.now();
  return {
    version: '2.0',
    routeKey: `${route.method} ${route.path}`,
    rawPath,
    rawQueryString: query.toString(),
    headers: Object.fromEntries(Object.entries(call.headers ?? {}).map(([k, v]) => [k.toLowerCase(), v])),
    queryStringParameters: call.query && Object.keys(call.query).length ? call.query : undefined,
    pathParameters: Object.keys(params).length ? params : undefined,
    body: call.body === undefined ? undefined : typeof call.body === 'string' ? call.body : JSON.stringify(call.body),
    isBase64Encoded: false,
    requestContext: {
      accountId: 'local', apiId: 'local', domainName: 'localhost', domainPrefix: 'localhost', requestId, routeKey: `${route.method} ${route.path}`,
      stage: '$default', time: new Date(now).toISOString(), timeEpoch: now,
      http: { method: route.method, path: rawPath, protocol: 'HTTP/1.1', sourceIp: call.sourceIp ?? '127.0.0.1', userAgent: 'local' },
    },
  };
}

export function lambdaContext(requestId: string, name: string): Context {
  return {
    callbackWaitsForEmptyEventLoop: false, functionName: name, functionVersion: '$LATEST',
    invokedFunctionArn: `arn:aws:lambda:local:000000000000:function:${name}`, memoryLimitInMB: '512',
    awsRequestId: requestId, logGroupName: `/aws/lambda/${name}`, logStreamName: 'local',
    getRemainingTimeInMillis: () => 30_000, done: () => undefined, fail: () => undefined, succeed: () => undefined,
  };
}

export async function invokeRoute(route: RouteRow, call: Invocation): Promise<{ status: number; body: unknown; headers: Record<string, unknown> }> {
  const { handler } = await loadHandler(route.entry);
  const event = apiEvent(route, call);
  const result = await handler(event, lambdaContext(event.requestContext.requestId, route.id));
  const text = result.body ?? '';
  return { status: result.statusCode ?? 200, body: text ? (JSON.parse(text) as unknown) : null, headers: result.headers ?? {} };
}
