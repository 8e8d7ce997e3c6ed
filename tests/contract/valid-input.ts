import fc from 'fast-check';
import type { RouteRow } from '@trellis/shared/http/route-row';
import { inputArbitrary } from './input-arbitrary';
import { mergedInput, toWire, type WireRequest } from './input-wire';
import { inputJsonSchema } from './json-schema';

/** One seed for every derived sample, so a run's requests are the same each time. */
export const CONTRACT_SEED = 11;
const TRIES = 400;

export interface ValidInput {
  input: Record<string, unknown>;
  wire: WireRequest;
}

/**
 * A well-formed request for a row: sampled (fixed seed) from its input schema, with the path
 * parameters and refined fields the row names taken from `fixtures`, and the first sample
 * the row's own zod schema accepts on the wire picked. Throws if none does.
 */
export function validInput(row: Pick<RouteRow, 'id' | 'method' | 'path' | 'input'>, fixtures: Record<string, unknown>): ValidInput {
  const schema = inputJsonSchema(row.input);
  const names = Object.keys(schema.properties ?? {});
  const fixed = Object.fromEntries(Object.entries(fixtures).filter(([key]) => names.includes(key)));
  for (const input of fc.sample(inputArbitrary(schema, fixed), { seed: CONTRACT_SEED, numRuns: TRIES })) {
    const wire = toWire(row, input);
    if (row.input.safeParse(mergedInput(wire)).success) return { input, wire };
  }
  throw new Error(`${row.id}: no sample of its input schema passes it in ${TRIES} tries; pin the refined field in the fixtures`);
}
