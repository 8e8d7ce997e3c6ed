import { timingSafeEqual } from 'node:crypto';
import type { APIGatewayProxyEventV2, APIGatewayProxyStructuredResultV2 } from 'aws-lambda';

/**
 * Conversions between a Lambda Function URL (or HTTP API v2) event and the Web
 * `Request`/`Response` SvelteKit speaks. Pure functions, tested in infra/test.
 */

/** Header CloudFront adds to every origin request; proves the request came through it. */
export const ORIGIN_VERIFY_HEADER = 'x-origin-verify';
/** Headers set by the CloudFront viewer-request function (see web.ts). */
export const VIEWER_HOST_HEADER = 'x-forwarded-host';
export const VIEWER_IP_HEADER = 'x-viewer-ip';

type Event = APIGatewayProxyEventV2;

/** True when no secret is configured, or the event carries the secret CloudFront adds. */
export function isFromCloudFront(event: Event, secret: string | undefined): boolean {
  if (!secret) return true;
  const given = Buffer.from(event.headers[ORIGIN_VERIFY_HEADER] ?? '');
  const expected = Buffer.from(secret);
  return given.length === expected.length && timingSafeEqual(given, expected);
}

/**
 * The viewer's IP. The header set by the CloudFront function is only trusted behind the
 * origin-verify check; otherwise it is whatever connected to the function.
 */
export function clientAddress(event: Event, trustViewerHeaders: boolean): string {
  const viewerIp = trustViewerHeaders ? event.headers[VIEWER_IP_HEADER] : undefined;
  return viewerIp ?? event.requestContext.http.sourceIp;
}

/**
 * The public URL of the request: `origin` (env ORIGIN) when configured, else the host the
 * viewer asked CloudFront for, else the function's own host. The path is assigned to
 * `pathname` so a path such as `//evil.example` can never change the host.
 */
export function requestUrl(event: Event, origin: string | undefined): URL {
  const host = event.headers[VIEWER_HOST_HEADER] ?? event.headers.host ?? event.requestContext.domainName;
  const url = new URL(origin ?? `https://${host}`);
  url.pathname = event.rawPath;
  url.search = event.rawQueryString;
  return url;
}

export function toRequest(event: Event, origin: string | undefined): Request {
  const method = event.requestContext.http.method;
  const headers = new Headers();
  for (const [name, value] of Object.entries(event.headers)) {
    if (value !== undefined && name !== ORIGIN_VERIFY_HEADER) headers.set(name, value);
  }
  if (event.cookies?.length) headers.set('cookie', event.cookies.join('; '));
  const hasBody = event.body !== undefined && method !== 'GET' && method !== 'HEAD';
  const body = hasBody ? Buffer.from(event.body ?? '', event.isBase64Encoded ? 'base64' : 'utf8') : undefined;
  return new Request(requestUrl(event, origin), { method, headers, body });
}

const TEXT_TYPES = /^(text\/|application\/(json|javascript|xml|x-www-form-urlencoded|[\w.+-]+\+(json|xml)))/i;

/** Text bodies travel as UTF-8; anything else (images, compressed bodies) as base64. */
function isText(response: Response): boolean {
  if (response.headers.has('content-encoding')) return false;
  return TEXT_TYPES.test(response.headers.get('content-type') ?? '');
}

export async function toResult(response: Response): Promise<APIGatewayProxyStructuredResultV2> {
  const headers: Record<string, string> = {};
  response.headers.forEach((value, name) => {
    if (name !== 'set-cookie') headers[name] = value;
  });
  const bytes = Buffer.from(await response.arrayBuffer());
  const text = isText(response);
  return {
    statusCode: response.status,
    headers,
    // Each Set-Cookie stays separate: joining them with commas would corrupt Expires dates.
    cookies: response.headers.getSetCookie(),
    body: text ? bytes.toString('utf8') : bytes.toString('base64'),
    isBase64Encoded: !text,
  };
}
