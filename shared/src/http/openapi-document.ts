import { buildOpenApi, type OpenApiDocument, type OpenApiOptions } from './openapi';
import type { RouteRow } from './route-row';
import { ROUTES } from './routes';

const DESCRIPTION = [
  'The Trellis HTTP API, generated from the route table (shared/src/<capability>/routes.ts).',
  'Sign in with `auth.login` and send the session token as `Authorization: Bearer <token>`.',
  'Every error answers `{ error: { code, message, fields?, requestId? } }` with a dotted code.',
  'Access to records is decided by one policy over the org hierarchy; each operation says what it requires.',
].join(' ');

/**
 * Trellis's openapi.json: the route table (local-only routes left out), as `npm run openapi`
 * writes it, the local gateway serves it and the deploy publishes it (with the routes it deploys).
 */
export function trellisOpenApi(options: OpenApiOptions & { version: string; routes?: readonly RouteRow[] }): OpenApiDocument {
  const { routes = ROUTES, ...rest } = options;
  return buildOpenApi(routes, { title: 'Trellis API', description: DESCRIPTION, ...rest });
}
