import { inputsInQuery, pathParamNames, type RouteRow } from '@trellis/shared/http/route-row';
import { mergedInput, toWire, type WireRequest } from './input-wire';
import { inputJsonSchema, typesOf, type JsonSchema } from './json-schema';

export type InvalidKind = 'missing' | 'wrongType' | 'badPathParam' | 'outsideEnum' | 'outOfBounds' | 'refusedValue' | 'badCursor';

/** One malformed request derived from a valid one by breaking a single key. */
export interface InvalidInput {
  kind: InvalidKind;
  key: string;
  wire: WireRequest;
  /** Field errors the handler answers with where the schema accepts the value (else: the schema's own). */
  fields?: Record<string, string[]>;
}

type Row = Pick<RouteRow, 'id' | 'method' | 'path' | 'input'>;
type Candidate = { kind: InvalidKind; key: string; value: unknown } | { kind: 'missing'; key: string; drop: true };

const OUTSIDE = 'not-in-the-enum';
/** Strings that break most formats, checks and refinements the JSON Schema cannot show. */
const REFUSED_STRINGS = ['%%%', 'BAD!', ' '];
const BAD_PATH_VALUES = ['BAD!', 'Bad Id', '-', 'x'.repeat(300)];

/**
 * Malformed variants of a valid input, derived from the row's input schema: each required
 * key missing, each key of the wrong JSON type (query keys: only where a string cannot be
 * right), each path parameter breaking its schema, each enum given a value outside it, each
 * bound overstepped, each string key given a value its checks refuse (refinements included).
 * A variant is kept only if the row's own schema refuses it at that key, so the 400 it must
 * get is about the key it broke. A `cursor` the schema accepts but that is not one the API
 * issued is refused by the handler (`cursor.invalid`).
 */
export function invalidInputs(row: Row, valid: Record<string, unknown>): InvalidInput[] {
  const schema = inputJsonSchema(row.input);
  const paths = new Set(pathParamNames(row.path));
  const required = new Set(schema.required ?? []);
  const inQuery = inputsInQuery(row.method);
  const candidates: Candidate[] = [];
  for (const [key, sub] of Object.entries(schema.properties ?? {})) {
    if (paths.has(key)) {
      const value = BAD_PATH_VALUES.find((v) => refusesAt(row, { ...valid, [key]: v }, key));
      if (value !== undefined) candidates.push({ kind: 'badPathParam', key, value });
      continue;
    }
    if (required.has(key)) candidates.push({ kind: 'missing', key, drop: true });
    const wrong = wrongTypeValue(sub, inQuery);
    if (wrong !== undefined) candidates.push({ kind: 'wrongType', key, value: wrong });
    const outside = outsideEnumValue(sub);
    if (outside !== undefined) candidates.push({ kind: 'outsideEnum', key, value: outside });
    for (const value of outOfBoundsValues(sub, valid[key])) candidates.push({ kind: 'outOfBounds', key, value });
    if (typesOf(sub).includes('string')) for (const value of REFUSED_STRINGS) candidates.push({ kind: 'refusedValue', key, value });
  }
  const cases: InvalidInput[] = [];
  const seen = new Set<string>();
  for (const c of candidates) {
    const input = { ...valid };
    if ('drop' in c) delete input[c.key];
    else input[c.key] = c.value;
    const tag = `${c.kind}:${c.key}`;
    if (seen.has(tag) || !refusesAt(row, input, c.key)) continue;
    seen.add(tag);
    cases.push({ kind: c.kind, key: c.key, wire: toWire(row, input) });
  }
  if (schema.properties?.cursor && !refusesAt(row, { ...valid, cursor: '%%%' }, 'cursor')) {
    cases.push({ kind: 'badCursor', key: 'cursor', wire: toWire(row, { ...valid, cursor: '%%%' }), fields: { cursor: ['cursor.invalid'] } });
  }
  return cases;
}

/** Whether the row's schema refuses this input (as sent on the wire) with an issue at `key`. */
function refusesAt(row: Row, input: Record<string, unknown>, key: string): boolean {
  const result = row.input.safeParse(mergedInput(toWire(row, input)));
  return !result.success && result.error.issues.some((issue) => issue.path[0] === key);
}

/** A value of a JSON type the key does not admit; in the query string only strings travel. */
function wrongTypeValue(schema: JsonSchema, inQuery: boolean): unknown {
  const types = typesOf(schema);
  if (!types.length) return undefined;
  if (inQuery) return types.includes('string') ? undefined : 'not-a-value';
  const candidates: [string[], unknown][] = [[['integer', 'number'], 12345], [['string'], 'not-a-value'], [['boolean'], true], [['array'], []], [['object'], {}]];
  return candidates.find(([admitted]) => !admitted.some((t) => types.includes(t as never)))?.[1];
}

function enumOf(schema: JsonSchema): unknown[] | undefined {
  return schema.enum ?? (schema.anyOf ?? schema.oneOf)?.find((b) => b.enum)?.enum;
}

function outsideEnumValue(schema: JsonSchema): unknown {
  if (enumOf(schema)) return OUTSIDE;
  if (schema.items && enumOf(schema.items)) return [OUTSIDE];
  return undefined;
}

/** Values just past each declared bound of the key. */
function outOfBoundsValues(schema: JsonSchema, valid: unknown): unknown[] {
  const values: unknown[] = [];
  if (schema.maxLength !== undefined) values.push('x'.repeat(schema.maxLength + 1));
  if (schema.minLength) values.push('x'.repeat(schema.minLength - 1));
  if (schema.pattern) values.push('BAD!');
  if (schema.minimum !== undefined) values.push(schema.minimum - 1);
  if (schema.exclusiveMinimum !== undefined) values.push(schema.exclusiveMinimum);
  if (schema.maximum !== undefined && schema.maximum < Number.MAX_SAFE_INTEGER) values.push(schema.maximum + 1);
  if (schema.exclusiveMaximum !== undefined) values.push(schema.exclusiveMaximum);
  const item = Array.isArray(valid) && valid.length ? valid[0] : undefined;
  if (schema.minItems) values.push(item === undefined ? [] : Array.from({ length: schema.minItems - 1 }, () => item));
  if (schema.maxItems !== undefined && item !== undefined) values.push(Array.from({ length: schema.maxItems + 1 }, () => item));
  return values;
}
