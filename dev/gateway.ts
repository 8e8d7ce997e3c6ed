import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { MAX_BODY_BYTES } from '@trellis/shared/http/limits';
import { ROUTES, type RouteRow } from '@trellis/shared/http/routes';
import { BIND_HOST } from './bind-host';
import { invokeRoute } from './invoke';
import { openApiDocument } from './openapi-file';
import { metered, serveMeter } from './gateway-meter';

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

/** A path segment that is not valid percent-encoding (`/orgs/%E0%A4%A`): answered 400, as API Gateway does. */
export class MalformedPath extends Error {}

export function matchRoute(method: string, path: string): Match | null {
  for (const c of compiled) {
    if (c.route.method !== method) continue;
    const m = c.regex.exec(path);
    if (!m) continue;
    const params = Object.fromEntries(c.names.map((n, i) => [n, decodeSegment(m[i + 1] ?? '')]));
    return { route: c.route, params };
  }
  return null;
}

function decodeSegment(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    throw new MalformedPath(segment);
  }
}

class BodyTooLarge extends Error {}

/** The body, refused as soon as it passes the limit (never buffered whole). */
async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > MAX_BODY_BYTES) throw new BodyTooLarge();
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks).toString('utf8');
}

const errorBody = (code: string, message: string) => JSON.stringify({ error: { code, message } });
const JSON_TYPE = { 'content-type': 'application/json; charset=utf-8' };

/** Where the gateway serves the OpenAPI document of the routes it serves (built on first request). */
export const OPENAPI_PATH = '/openapi.json';
let openApiBody: string | undefined;

/**
 * No request can stop the local API: every failure becomes a JSON error answer (malformed paths
 * 400, bodies over the limit 413, a handler that throws 502), and a malformed HTTP request is
 * answered 400 by the socket's error handler.
 */
export function startGateway(port: number, host = BIND_HOST): Promise<Server> {
  const server = createServer((req, res) => {
    serve(req, res).catch((error: unknown) => {
      if (error instanceof BodyTooLarge) {
        // The rest of the body is not read: the connection closes once the answer is out.
        res.on('finish', () => req.destroy());
        res.writeHead(413, { ...JSON_TYPE, connection: 'close' }).end(errorBody('body.too_large', 'request body too large'));
        return;
      }
      console.error('gateway error', error);
      if (!res.headersSent) res.writeHead(502, JSON_TYPE).end(errorBody('gateway.error', 'handler crashed'));
    });
  });
  server.on('clientError', (_error, socket) => {
    if (socket.writable) socket.end('HTTP/1.1 400 Bad Request\r\nconnection: close\r\ncontent-length: 0\r\n\r\n');
    else socket.destroy();
  });
  return new Promise((resolve) => server.listen(port, host, () => resolve(server)));
}

async function serve(req: IncomingMessage, res: ServerResponse): Promise<void> {
  let url: URL;
  try {
    url = new URL(req.url ?? '/', 'http://gateway');
  } catch {
    res.writeHead(400, JSON_TYPE).end(errorBody('path.malformed', 'malformed path'));
    return;
  }
  if ((req.method === 'GET' || req.method === 'HEAD') && url.pathname === OPENAPI_PATH) {
    openApiBody ??= JSON.stringify(openApiDocument());
    res.writeHead(200, { 'content-type': 'application/json' }).end(req.method === 'HEAD' ? undefined : openApiBody);
    return;
  }
  if (serveMeter(req, res, url.pathname)) return;
  let match: Match | null;
  try {
    match = matchRoute(req.method ?? 'GET', url.pathname);
  } catch (error) {
    if (!(error instanceof MalformedPath)) throw error;
    res.writeHead(400, JSON_TYPE).end(errorBody('path.malformed', 'malformed path'));
    return;
  }
  if (!match) {
    res.writeHead(404, JSON_TYPE).end(errorBody('route.not_found', 'no such route'));
    return;
  }
  const headers = Object.fromEntries(Object.entries(req.headers).map(([k, v]) => [k, Array.isArray(v) ? v.join(',') : (v ?? '')]));
  const body = await readBody(req);
  const { route, params } = match;
  const invoke = () =>
    invokeRoute(route, {
      params,
      query: Object.fromEntries(url.searchParams),
      body: body || undefined,
      headers,
      sourceIp: req.socket.remoteAddress ?? '127.0.0.1',
    });
  // Local-only routes (the SMS sink) exist in no deployment: they are not counted.
  const result = route.localOnly ? await invoke() : await metered(route.id, invoke);
  const outHeaders = Object.fromEntries(Object.entries(result.headers).map(([k, v]) => [k, String(v)]));
  res.writeHead(result.status, outHeaders).end(result.body === null ? '' : JSON.stringify(result.body));
}
