import type { APIGatewayProxyEventV2, APIGatewayProxyStructuredResultV2 } from 'aws-lambda';
// Resolved by an esbuild alias (web.ts) to web/build, or to infra/web-placeholder when
// web/ has not been built. adapter-node writes server/server.js: the SvelteKit server
// instance generated for adapters (`builder.generateServerInstance`).
import { server } from 'trellis-web-build/server/server.js';
import { clientAddress, isFromCloudFront, toRequest, toResult } from './convert';

let ready: Promise<void> | undefined;

/** SvelteKit SSR behind CloudFront, on a Lambda Function URL (payload format 2.0). */
export async function handler(event: APIGatewayProxyEventV2): Promise<APIGatewayProxyStructuredResultV2> {
  const secret = process.env.ORIGIN_VERIFY;
  if (!isFromCloudFront(event, secret)) return { statusCode: 403, body: 'Forbidden' };

  // Once per container: SvelteKit reads $env/dynamic/* from here.
  ready ??= server.init({ env: process.env });
  await ready;

  const request = toRequest(event, process.env.ORIGIN);
  const response = await server.respond(request, {
    getClientAddress: () => clientAddress(event, Boolean(secret)),
  });
  return toResult(response);
}
