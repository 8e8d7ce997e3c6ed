import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { trellisOpenApi } from '@trellis/shared/http/openapi-document';
import type { OpenApiDocument } from '@trellis/shared/http/openapi';
import type { Api } from './api';
import { repoRoot } from './paths';

/**
 * Where the deploy publishes openapi.json in the web's static bucket: under SvelteKit's
 * `_app/` (beside its `version.json`), which CloudFront already serves from that bucket, so
 * the document is `https://<web origin>/_app/openapi.json` without a behavior of its own.
 */
export const OPENAPI_KEY = '_app/openapi.json';

export interface PublishedOpenApi {
  /** The object key in the web's static bucket. */
  readonly key: string;
  /** The document as synthesized; `servers[0].url` is the API's endpoint, a deploy-time value filled in by the deployment. */
  readonly document: OpenApiDocument;
}

/** The OpenAPI document of the routes the API deploys, pointing at the API's endpoint. */
export function publishedOpenApi(api: Api, stage: string): PublishedOpenApi {
  const { version } = JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8')) as { version: string };
  const document = trellisOpenApi({
    version,
    routes: api.routes,
    servers: [{ url: api.httpApi.apiEndpoint, description: `Trellis API (${stage})` }],
  });
  return { key: OPENAPI_KEY, document };
}
