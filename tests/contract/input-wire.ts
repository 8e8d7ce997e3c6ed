import { inputsInQuery, pathParamNames, type RouteRow } from '@trellis/shared/http/route-row';

/** A request as the test client sends it (the shape of dev/invoke.ts `Invocation`). */
export interface WireRequest {
  params: Record<string, string>;
  query?: Record<string, string>;
  body?: Record<string, unknown>;
}

const asText = (value: unknown): string => (typeof value === 'string' ? value : JSON.stringify(value));

/**
 * Splits one input value the way the row says it travels: `{x}` path segments, the query
 * string for GET and DELETE (as strings), the JSON body otherwise.
 */
export function toWire(row: Pick<RouteRow, 'method' | 'path'>, input: Record<string, unknown>): WireRequest {
  const names = new Set(pathParamNames(row.path));
  const params: Record<string, string> = {};
  const rest: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(input)) {
    if (value === undefined) continue;
    if (names.has(key)) params[key] = asText(value);
    else rest[key] = value;
  }
  if (!inputsInQuery(row.method)) return { params, body: rest };
  return { params, query: Object.fromEntries(Object.entries(rest).map(([k, v]) => [k, asText(v)])) };
}

/** What the handler's input parser validates: body, then query, then path parameters merged. */
export function mergedInput(wire: WireRequest): Record<string, unknown> {
  return { ...JSON.parse(JSON.stringify(wire.body ?? {})), ...(wire.query ?? {}), ...wire.params };
}
