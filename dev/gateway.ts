import { createServer, type IncomingMessage, type Server } from 'node:http';
import { ROUTES, type RouteRow } from '@trellis/shared/http/routes';
import { invokeRoute } from './invoke';
import { openApiDocument } from './openapi-file';

/**
 * The local HTTP API: serves the route table (including localOnly routes) by turning each
 * request into an API Gateway v2 event for the same handler the CDK deploys, and its
 * OpenAPI document at `GET /openapi.json`.
 */
interface Match {
  route: RouteRow;
  params: Record<string, string>;
}

const compiled = (ROUTES as readonly RouteRow[]).map((route) => {
  const names: string[] = [];
  const pattern = route.path.replace(/\{(\w+)\}/g, (_, name: string) => {
    names.push(name);
    return '([^/]+)';
  });
  return { route, names, regex: new RegExp(`^${pattern}$`) };
});

export function matchRoute(method: string, path: string): Match | null {
  for (const c of compiled) {
    if (c.route.method !== method) continue;
    const m = c.regex.exec(path);
    if (!m) continue;
    const params = Object.fromEntries(c.names.map((n, i) => [n, decodeURIComponent(m[i + 1] ?? '')]));
    return { route: c.route, params };
  }
  return null;
}

async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

/** Where the gateway serves the OpenAPI document of the routes it serves (built on first request). */
export const OPENAPI_PATH = '/openapi.json';
let openApiBody: string | undefined;

export function startGateway(port: number, host = '127.0.0.1'): Promise<Server> {
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', `http://${host}`);
    if ((req.method === 'GET' || req.method === 'HEAD') && url.pathname === OPENAPI_PATH) {
      openApiBody ??= JSON.stringify(openApiDocument());
      res.writeHead(200, { 'content-type': 'application/json' }).end(req.method === 'HEAD' ? undefined : openApiBody);
      return;
    }
    const match = matchRoute(req.method ?? 'GET', url.pathname);
    if (!match) {
      res.writeHead(404, { 'content-type': 'application/json' }).end(JSON.stringify({ error: { code: 'route.not_found', message: 'no such route' } }));
      return;
    }
    const headers = Object.fromEntries(Object.entries(req.headers).map(([k, v]) => [k, Array.isArray(v) ? v.join(',') : (v ?? '')]));
    readBody(req)
      .then((body) =>
        invokeRoute(match.route, {
          params: match.params,
          query: Object.fromEntries(url.searchParams),
          body: body || undefined,
          headers,
          sourceIp: req.socket.remoteAddress ?? '127.0.0.1',
        }),
      )
      .then((result) => {
        const outHeaders = Object.fromEntries(Object.entries(result.headers).map(([k, v]) => [k, String(v)]));
        res.writeHead(result.status, outHeaders).end(result.body === null ? '' : JSON.stringify(result.body));
      })
      .catch((error: unknown) => {
        console.error('gateway error', error);
        res.writeHead(502, { 'content-type': 'application/json' }).end(JSON.stringify({ error: { code: 'gateway.error', message: 'handler crashed' } }));
      });
  });
  return new Promise((resolve) => server.listen(port, host, () => resolve(server)));
}
