import { z } from 'zod';

const NUMERIC = /^-?\d{1,15}$/;

/**
 * A whole number an input takes either as a JSON number (the API) or as the digits a form posts
 * (the web parses forms with the same schemas). Unlike `z.coerce.number()`, nothing else passes:
 * `true`, `[]`, `""` or `"1e3"` are refused (they used to become 1, 0 or 1000). Bounded: without
 * a maximum of its own it gets Number.MAX_SAFE_INTEGER. Its JSON Schema (openapi.json, the route
 * matrix) is the integer with its bounds.
 */
export function wholeNumber(schema: z.ZodNumber) {
  const bounded = Number.isFinite(schema.maxValue ?? Infinity) ? schema : schema.max(Number.MAX_SAFE_INTEGER);
  const min = bounded.minValue;
  return z
    .preprocess((v) => (typeof v === 'string' && NUMERIC.test(v.trim()) ? Number(v.trim()) : v), bounded)
    .meta({ type: 'integer', ...(min !== null && Number.isFinite(min) ? { minimum: min } : {}), maximum: bounded.maxValue ?? Number.MAX_SAFE_INTEGER });
}

/** A checkbox or JSON boolean: true, false, or the strings a form sends ('on', 'true', '1'; '', 'false', '0', 'off'). */
export const flag = () =>
  z.union([z.boolean(), z.enum(['on', 'true', '1', '', 'false', '0', 'off']).transform((v) => v === 'on' || v === 'true' || v === '1')]);
