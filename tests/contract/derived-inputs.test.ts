import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { ROUTES } from '@trellis/shared/http/routes';
import { DEMO_PATH_PARAMS, REFINED_FIELDS } from './demo-fixtures';
import { inputArbitrary } from './input-arbitrary';
import { mergedInput } from './input-wire';
import { invalidInputs } from './invalid-inputs';
import { inputJsonSchema } from './json-schema';
import { CONTRACT_SEED, validInput } from './valid-input';

const fixtures = { ...DEMO_PATH_PARAMS, ...REFINED_FIELDS, accountId: 'u-fixture0001', noticeId: 'n-fixture0001' };

describe('inputs derived from the rows', () => {
  it.each(ROUTES.map((r) => [r.id, r] as const))('%s: a valid sample its schema accepts, malformed ones it refuses at the broken key', (_, row) => {
    const valid = validInput(row, fixtures);
    expect(row.input.safeParse(mergedInput(valid.wire)).success).toBe(true);
    for (const [name, value] of Object.entries(valid.wire.params)) if (name in DEMO_PATH_PARAMS && name !== 'number') expect(value).toBe(fixtures[name as keyof typeof fixtures]);
    expect(validInput(row, fixtures)).toEqual(valid);
    for (const c of invalidInputs(row, valid.input)) {
      const parsed = row.input.safeParse(mergedInput(c.wire));
      if (c.kind === 'badCursor') expect(parsed.success).toBe(true);
      else expect(parsed.success ? [] : parsed.error.issues.map((i) => i.path[0]), `${c.kind} ${c.key}`).toContain(c.key);
    }
  });

  it('samples follow the JSON Schema: enums, lengths, patterns, bounds, arrays, nested objects, formats', () => {
    const schema = z.object({
      kind: z.enum(['a', 'b']),
      name: z.string().min(2).max(5),
      slug: z.string().regex(/^[a-z][a-z0-9-]{2,8}$/),
      count: z.number().int().min(3).max(9),
      tags: z.array(z.string().max(3)).min(1).max(2),
      nested: z.object({ on: z.boolean(), at: z.iso.datetime() }),
      note: z.string().optional(),
    });
    fc.assert(fc.property(inputArbitrary(inputJsonSchema(schema)), (value) => schema.safeParse(value).success), { seed: CONTRACT_SEED, numRuns: 200 });
  });

  it('a new row needs no entry: a made-up route gets a valid sample and malformed variants of each kind', () => {
    const row = {
      id: 'things.create', method: 'POST', path: '/orgs/{orgId}/things',
      input: z.object({ orgId: z.string().regex(/^[a-z0-9][a-z0-9-]{1,39}$/), title: z.string().min(1).max(20), level: z.enum(['low', 'high']), size: z.number().int().min(1) }),
    } as const;
    const valid = validInput(row, fixtures);
    expect(valid.wire.params).toEqual({ orgId: 'sd' });
    const kinds = invalidInputs(row, valid.input).map((c) => `${c.kind}:${c.key}`);
    expect(kinds).toEqual(expect.arrayContaining(['badPathParam:orgId', 'missing:title', 'wrongType:size', 'outsideEnum:level', 'outOfBounds:title', 'outOfBounds:size']));
  });
});
