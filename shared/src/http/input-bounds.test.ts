import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { ROUTES, routeById, type RouteId } from './routes';

type Json = { [key: string]: unknown };

/**
 * Free-form maps an input may carry, each bounded by a refinement JSON Schema cannot show
 * (key length and count): a roster row's columns, and a report's fields (checked against the
 * form declaration by the service).
 */
const BOUNDED_MAPS = new Set(['accounts.import .rows[]', 'reporting.save .data']);

/** Every string, array, number and map an input can carry, as the JSON Schema of the row's input says. */
function unbounded(schema: unknown, path: string, id: string, found: string[]): void {
  if (!schema || typeof schema !== 'object') return;
  const s = schema as Json;
  for (const branch of ['anyOf', 'oneOf', 'allOf'] as const) for (const x of (s[branch] as unknown[] | undefined) ?? []) unbounded(x, path, id, found);
  const where = `${id} ${path}`;
  if (s.type === 'string' && s.maxLength === undefined && s.enum === undefined && s.const === undefined && s.format === undefined && s.pattern === undefined) found.push(`${where}: string without maxLength`);
  if ((s.type === 'number' || s.type === 'integer') && s.maximum === undefined && s.exclusiveMaximum === undefined) found.push(`${where}: number without maximum`);
  if (s.type === 'array') {
    if (s.maxItems === undefined) found.push(`${where}: array without maxItems`);
    unbounded(s.items, `${path}[]`, id, found);
  }
  for (const [key, value] of Object.entries((s.properties as Json | undefined) ?? {})) unbounded(value, `${path}.${key}`, id, found);
  if (s.additionalProperties && typeof s.additionalProperties === 'object' && !BOUNDED_MAPS.has(where)) found.push(`${where}: map without declared bounds`);
}

describe('every input is bounded', () => {
  it('gives every string, array and number of every route input a bound, and every map a declared one', () => {
    const found: string[] = [];
    for (const row of ROUTES) unbounded(z.toJSONSchema(row.input, { io: 'input', unrepresentable: 'any' }), '', row.id, found);
    expect(found).toEqual([]);
  });

  it('refuses the lenient coercions and oversized arrays that used to reach DynamoDB', () => {
    const parse = (id: RouteId, input: unknown) => routeById(id).input.safeParse(input).success;
    expect(parse('orgs.update', { orgId: 'sd', expectedVersion: true })).toBe(false);
    expect(parse('orgs.update', { orgId: 'sd', expectedVersion: '3' })).toBe(true);
    expect(parse('uploads.create', { orgId: 'sd', fileName: 'a.mp4', size: true, contentType: 'video/mp4', purpose: 'video' })).toBe(false);
    expect(parse('uploads.create', { orgId: 'sd', fileName: 'a.mp4', size: '1e3', contentType: 'video/mp4', purpose: 'video' })).toBe(false);
    expect(parse('accounts.roles', { orgId: 'sd', accountId: 'u-x', roles: Array(100_000).fill('member'), expectedVersion: 1 })).toBe(false);
    const targets = { subtrees: ['sd'], orgTypes: Array(100_000).fill('school') };
    expect(parse('notices.create', { orgId: 'sd', title: 't', bodyHtml: '<p>x</p>', targets, requestId: 'req-bounds-1' })).toBe(false);
  });
});
