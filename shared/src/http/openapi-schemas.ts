import { z } from 'zod';
import type { JsonSchema } from './openapi-types';

/** Where the document keeps named schemas; every `$ref` the builder writes points here. */
const COMPONENTS = '#/components/schemas/';

/** A component name OpenAPI accepts (`^[a-zA-Z0-9._-]+$`). */
export const componentName = (name: string): string => name.replace(/[^a-zA-Z0-9._-]/g, '_');

function rewriteRefs(node: unknown, refOf: (ref: string) => string): unknown {
  if (Array.isArray(node)) return node.map((item) => rewriteRefs(item, refOf));
  if (!node || typeof node !== 'object') return node;
  return Object.fromEntries(
    Object.entries(node).map(([key, value]) => [key, key === '$ref' && typeof value === 'string' ? refOf(value) : rewriteRefs(value, refOf)]),
  );
}

/**
 * The JSON Schema (2020-12) of a zod schema, as one side of it (`input`: what a client sends,
 * before defaults and transforms; `output`: what the API answers). What JSON Schema cannot
 * express (a transform's result, a custom check) becomes `{}`. Definitions zod puts in `$defs`
 * move to `components`, so the result can be split and embedded: a schema registered with
 * `.meta({ id: 'Org' })` as `Org` (its input side as `OrgInput`), shared by every route that
 * uses it; others (recursion zod extracts) under `name.<def>`, and a reference to the root
 * (`#`) to `components[name]`.
 */
export function toOpenApiSchema(schema: z.ZodType, io: 'input' | 'output', name: string, components: Record<string, JsonSchema>): JsonSchema {
  const generated = z.toJSONSchema(schema, { io, unrepresentable: 'any', target: 'draft-2020-12' }) as JsonSchema;
  const { $schema: _dialect, $defs, ...root } = generated;
  const rootName = componentName(name);
  const defName = (def: string): string =>
    componentName(def.startsWith('__') ? `${name}.${def}` : io === 'output' ? def : `${def}Input`);
  let refersToRoot = false;
  const refOf = (ref: string): string => {
    if (ref === '#') {
      refersToRoot = true;
      return `${COMPONENTS}${rootName}`;
    }
    const def = /^#\/\$defs\/(.+)$/.exec(ref)?.[1];
    return def === undefined ? ref : `${COMPONENTS}${defName(def)}`;
  };
  for (const [def, defSchema] of Object.entries(($defs ?? {}) as Record<string, JsonSchema>)) {
    const component = rewriteRefs(defSchema, refOf) as JsonSchema;
    const known = components[defName(def)];
    if (known && JSON.stringify(known) !== JSON.stringify(component)) throw new Error(`two different schemas are named ${defName(def)}`);
    components[defName(def)] = component;
  }
  const result = rewriteRefs(root, refOf) as JsonSchema;
  if (refersToRoot) components[rootName] = result;
  return result;
}

/** A schema that is only a reference to a component, followed (so a registered input can be split). */
export function resolvedRoot(schema: JsonSchema, components: Record<string, JsonSchema>): JsonSchema {
  const ref = Object.keys(schema).length === 1 && typeof schema.$ref === 'string' ? schema.$ref : undefined;
  const target = ref?.startsWith(COMPONENTS) ? components[ref.slice(COMPONENTS.length)] : undefined;
  return target ? resolvedRoot(target, components) : schema;
}

const COMBINATORS = ['allOf', 'anyOf', 'oneOf'] as const;

/** The properties of an object schema and which are required, including those of its `allOf`/`anyOf`/`oneOf` branches. */
export function propertiesOf(schema: JsonSchema): { properties: Record<string, JsonSchema>; required: Set<string> } {
  const properties: Record<string, JsonSchema> = { ...((schema.properties ?? {}) as Record<string, JsonSchema>) };
  const required = new Set((schema.required ?? []) as string[]);
  for (const combinator of COMBINATORS) {
    const branches = ((schema[combinator] ?? []) as JsonSchema[]).map(propertiesOf);
    for (const branch of branches) for (const [key, value] of Object.entries(branch.properties)) properties[key] ??= value;
    // An intersection requires what any part requires; a union what every branch requires.
    const requiredHere =
      combinator === 'allOf'
        ? branches.flatMap((b) => [...b.required])
        : [...(branches[0]?.required ?? [])].filter((key) => branches.every((b) => b.required.has(key)));
    requiredHere.forEach((key) => required.add(key));
  }
  return { properties, required };
}

/** The schema of an input's keys outside the path: the input object without the path parameters. */
export function withoutKeys(schema: JsonSchema, keys: readonly string[]): JsonSchema {
  if (keys.length === 0) return schema;
  const drop = new Set(keys);
  const result: JsonSchema = { ...schema };
  if (schema.properties) {
    result.properties = Object.fromEntries(Object.entries(schema.properties as JsonSchema).filter(([key]) => !drop.has(key)));
  }
  if (Array.isArray(schema.required)) {
    const required = (schema.required as string[]).filter((key) => !drop.has(key));
    if (required.length > 0) result.required = required;
    else delete result.required;
  }
  for (const combinator of COMBINATORS) {
    if (Array.isArray(schema[combinator])) result[combinator] = (schema[combinator] as JsonSchema[]).map((b) => withoutKeys(b, keys));
  }
  return result;
}
