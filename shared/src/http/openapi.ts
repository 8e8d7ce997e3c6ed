import { BEARER_AUTH, describeAccess, securityOf } from './openapi-access';
import { errorComponents, errorResponsesOf } from './openapi-errors';
import { propertiesOf, resolvedRoot, toOpenApiSchema, withoutKeys } from './openapi-schemas';
import type { JsonSchema, OpenApiDocument, OperationObject, ParameterObject, ResponseOrRef } from './openapi-types';
import { inputsInQuery, pathParamNames, type RouteRow } from './route-row';

export type { OpenApiDocument } from './openapi-types';

export interface OpenApiOptions {
  title?: string;
  version?: string;
  description?: string;
  /** Base URLs of the API; left out, clients resolve paths against the document's own URL. */
  servers?: { url: string; description?: string }[];
}

/** A route's tag: its capability, the prefix of its id (`siteItems.publicList` -> `siteItems`). */
export const capabilityTag = (row: Pick<RouteRow, 'id'>): string => row.id.split('.')[0] ?? row.id;

/** The routes openapi.json describes: every one except local developer tools. */
export const documentedRoutes = (routes: readonly RouteRow[]): RouteRow[] => routes.filter((route) => !route.localOnly);

const SUCCESS: Record<number, string> = { 200: 'OK', 201: 'Created', 202: 'Accepted', 204: 'No content' };

function requestOf(row: RouteRow, components: Record<string, JsonSchema>): Pick<OperationObject, 'parameters' | 'requestBody'> {
  const input = resolvedRoot(toOpenApiSchema(row.input, 'input', `${row.id}.input`, components), components);
  const { properties, required } = propertiesOf(input);
  const pathNames = pathParamNames(row.path);
  const parameters: ParameterObject[] = pathNames.map((name) => ({ name, in: 'path', required: true, schema: properties[name] ?? { type: 'string' } }));
  const rest = withoutKeys(input, pathNames);
  if (inputsInQuery(row.method)) {
    const query = Object.entries(propertiesOf(rest).properties).map(([name, schema]): ParameterObject => ({
      name,
      in: 'query',
      required: required.has(name),
      schema,
    }));
    return { parameters: [...parameters, ...query] };
  }
  const bodyKeys = Object.keys(propertiesOf(rest).properties);
  const request: Pick<OperationObject, 'parameters' | 'requestBody'> = parameters.length > 0 ? { parameters } : {};
  if (bodyKeys.length === 0) return request;
  const bodyRequired = bodyKeys.some((key) => required.has(key));
  return { ...request, requestBody: { required: bodyRequired, content: { 'application/json': { schema: rest } } } };
}

function responsesOf(row: RouteRow, components: Record<string, JsonSchema>): Record<string, ResponseOrRef> {
  const success = Object.entries(row.output).map(([status, schema]): [string, ResponseOrRef] => {
    const description = SUCCESS[Number(status)] ?? 'Success';
    if (status === '204' || !schema) return [status, { description }];
    const body = toOpenApiSchema(schema, 'output', `${row.id}.${status}`, components);
    return [status, { description, content: { 'application/json': { schema: body } } }];
  });
  return { ...Object.fromEntries(success), ...errorResponsesOf(row) };
}

function operationOf(row: RouteRow, components: Record<string, JsonSchema>): OperationObject {
  return {
    operationId: row.id,
    tags: [capabilityTag(row)],
    summary: row.summary,
    description: describeAccess(row.access),
    security: securityOf(row.access),
    ...requestOf(row, components),
    responses: responsesOf(row, components),
  };
}

/**
 * The OpenAPI 3.1 document of the route table: one operation per route that is not local-only,
 * at its method and path, with its input (path and query parameters, JSON body) and output
 * schemas as zod's JSON Schema, the error responses with the error body, and its access as a
 * security requirement and in words. Pure: no I/O (dev/openapi.ts writes it, the gateway and
 * the deploy publish it).
 */
export function buildOpenApi(routes: readonly RouteRow[], options: OpenApiOptions = {}): OpenApiDocument {
  const errors = errorComponents();
  const schemas: Record<string, JsonSchema> = { ...errors.schemas };
  const paths: OpenApiDocument['paths'] = {};
  const documented = documentedRoutes(routes);
  for (const row of documented) {
    const method = row.method.toLowerCase() as Lowercase<RouteRow['method']>;
    const item = (paths[row.path] ??= {});
    if (item[method]) throw new Error(`two routes at ${row.method} ${row.path}: ${item[method].operationId} and ${row.id}`);
    item[method] = operationOf(row, schemas);
  }
  return {
    openapi: '3.1.0',
    info: {
      title: options.title ?? 'Trellis API',
      version: options.version ?? '0.0.0',
      ...(options.description ? { description: options.description } : {}),
    },
    ...(options.servers ? { servers: options.servers } : {}),
    tags: [...new Set(documented.map(capabilityTag))].map((name) => ({ name })),
    paths,
    components: {
      schemas,
      responses: errors.responses,
      securitySchemes: {
        [BEARER_AUTH]: { type: 'http', scheme: 'bearer', description: 'The session token `auth.login` returns, as `Authorization: Bearer <token>`.' },
      },
    },
  };
}
