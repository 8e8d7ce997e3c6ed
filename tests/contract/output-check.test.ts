import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { noContent } from '@trellis/shared/http/route-row';
import { outputViolation } from './output-check';

const row = { id: 'things.get', output: { 200: z.object({ id: z.string(), count: z.number() }) } };

describe('output check', () => {
  it('passes a body that parses with the schema of its status', () => {
    expect(outputViolation(row, 200, { id: 'a', count: 1 })).toBeNull();
  });

  it('names the route, the status, the zod issues and an excerpt of a body that does not parse', () => {
    const message = outputViolation(row, 200, { id: 7, extra: 'x'.repeat(1000) });
    expect(message).toContain('things.get: the 200 body does not match');
    expect(message).toContain('- id: ');
    expect(message).toContain('- count: ');
    expect(message).toContain('{"id":7,"extra":"xxx');
    expect(message!.length).toBeLessThan(700);
  });

  it('refuses a success status the row does not declare', () => {
    expect(outputViolation(row, 201, { id: 'a', count: 1 })).toMatch(/^things\.get: answered 201, which its row does not declare \(declares 200\)/);
  });

  it('holds a 204 to no body, ignores failures, and lets the transitional untyped output through', () => {
    const deleted = { id: 'things.delete', output: { 204: noContent } };
    expect(outputViolation(deleted, 204, null)).toBeNull();
    expect(outputViolation(deleted, 204, { ok: true })).toContain('the 204 body does not match');
    expect(outputViolation(row, 404, { error: { code: 'not_found' } })).toBeNull();
    expect(outputViolation({ id: 'things.old', output: { 200: z.unknown() } }, 200, { anything: 1 })).toBeNull();
  });
});
