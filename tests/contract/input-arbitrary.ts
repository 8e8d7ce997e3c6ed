import fc from 'fast-check';
import type { JsonSchema } from './json-schema';

/**
 * fast-check arbitraries from a route input's JSON Schema (`inputJsonSchema(row.input)`):
 * types, enums and consts, string lengths, patterns (`fc.stringMatching`), formats, number
 * bounds, arrays and nested objects. Refinements are not in the JSON Schema, so a sample may
 * still fail the zod schema: callers filter with `row.input.safeParse` (see valid-input.ts).
 * `fixed` pins top-level properties (path parameters, refined fields) to a value, or to one
 * of a list of candidate values (`Candidates`) where the same name means different things.
 */
export function inputArbitrary(schema: JsonSchema, fixed: Record<string, unknown> = {}): fc.Arbitrary<Record<string, unknown>> {
  const properties = schema.properties ?? {};
  const model: Record<string, fc.Arbitrary<unknown>> = {};
  for (const [key, sub] of Object.entries(properties)) model[key] = key in fixed ? pinned(fixed[key]) : arbitraryOf(sub);
  const required = [...new Set([...(schema.required ?? []), ...Object.keys(fixed).filter((k) => k in properties)])];
  return fc.record(model, { requiredKeys: required }) as fc.Arbitrary<Record<string, unknown>>;
}

/** Several values a fixture may take for one property name (the first that fits is meant). */
export class Candidates {
  constructor(readonly values: readonly unknown[]) {}
}

function pinned(value: unknown): fc.Arbitrary<unknown> {
  return value instanceof Candidates ? fc.constantFrom(...value.values) : fc.constant(value);
}

/** Longest generated string or array beyond its minimum, to keep samples small. */
const SLACK = { string: 24, array: 3 };

export function arbitraryOf(schema: JsonSchema): fc.Arbitrary<unknown> {
  if ('const' in schema) return fc.constant(schema.const);
  if (schema.enum) return fc.constantFrom(...schema.enum);
  const branches = schema.anyOf ?? schema.oneOf;
  if (branches) return fc.oneof(...branches.map(arbitraryOf));
  if (schema.allOf?.length === 1 && schema.allOf[0]) return arbitraryOf(schema.allOf[0]);
  const types = schema.type === undefined ? [] : Array.isArray(schema.type) ? schema.type : [schema.type];
  if (types.length > 1) return fc.oneof(...types.map((type) => arbitraryOf({ ...schema, type })));
  switch (types[0]) {
    case 'string':
      return stringArbitrary(schema);
    case 'integer':
      return integerArbitrary(schema);
    case 'number':
      return numberArbitrary(schema);
    case 'boolean':
      return fc.boolean();
    case 'null':
      return fc.constant(null);
    case 'array':
      return arrayArbitrary(schema);
    case 'object':
      return objectArbitrary(schema);
    default:
      return fc.oneof(fc.string({ maxLength: 8 }), fc.integer({ min: -100, max: 100 }), fc.boolean());
  }
}

function stringArbitrary(schema: JsonSchema): fc.Arbitrary<string> {
  const dates = { min: new Date('2000-01-01T00:00:00Z'), max: new Date('2099-12-31T00:00:00Z'), noInvalidDate: true };
  if (schema.format === 'date-time') return fc.date(dates).map((d) => d.toISOString());
  if (schema.format === 'date') return fc.date(dates).map((d) => d.toISOString().slice(0, 10));
  const matching = schema.pattern ? patternArbitrary(schema.pattern) : undefined;
  if (matching) return matching;
  if (schema.format === 'email') return fc.emailAddress();
  if (schema.format === 'uri') return fc.webUrl();
  const minLength = schema.minLength ?? 0;
  return fc.string({ minLength, maxLength: Math.min(schema.maxLength ?? Infinity, minLength + SLACK.string) });
}

/** Strings matching a pattern; undefined for what fast-check cannot generate from (lookahead). */
function patternArbitrary(pattern: string): fc.Arbitrary<string> | undefined {
  try {
    return fc.stringMatching(new RegExp(pattern));
  } catch {
    return undefined;
  }
}

function integerArbitrary(schema: JsonSchema): fc.Arbitrary<number> {
  const min = schema.minimum ?? (schema.exclusiveMinimum !== undefined ? Math.floor(schema.exclusiveMinimum) + 1 : -1000);
  const upper = schema.maximum ?? (schema.exclusiveMaximum !== undefined ? Math.ceil(schema.exclusiveMaximum) - 1 : Infinity);
  return fc.integer({ min, max: Math.min(upper, min + 1000) });
}

function numberArbitrary(schema: JsonSchema): fc.Arbitrary<number> {
  const min = schema.minimum ?? schema.exclusiveMinimum ?? -1000;
  const max = Math.min(schema.maximum ?? schema.exclusiveMaximum ?? Infinity, min + 1000);
  return fc.double({
    min, max, noNaN: true, noDefaultInfinity: true,
    minExcluded: schema.exclusiveMinimum !== undefined, maxExcluded: schema.exclusiveMaximum !== undefined && max === schema.exclusiveMaximum,
  });
}

function arrayArbitrary(schema: JsonSchema): fc.Arbitrary<unknown[]> {
  const minLength = schema.minItems ?? 0;
  const maxLength = Math.min(schema.maxItems ?? Infinity, minLength + SLACK.array);
  return fc.array(schema.items ? arbitraryOf(schema.items) : fc.string({ maxLength: 8 }), { minLength, maxLength });
}

function objectArbitrary(schema: JsonSchema): fc.Arbitrary<unknown> {
  if (schema.properties) return inputArbitrary(schema);
  const values = typeof schema.additionalProperties === 'object' ? arbitraryOf(schema.additionalProperties) : fc.string({ maxLength: 8 });
  const keys = schema.propertyNames ? (arbitraryOf(schema.propertyNames) as fc.Arbitrary<string>) : fc.string({ minLength: 1, maxLength: 12 });
  return fc.dictionary(keys, values, { maxKeys: 3 });
}
