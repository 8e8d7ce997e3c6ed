import type { Server } from 'node:http';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pathParamNames } from '@trellis/shared/http/route-row';
import { ROUTES } from '@trellis/shared/http/routes';
import { readMeter, resetMeter } from '../../functions/src/adapters/dynamodb/table/request-meter';
import { startGateway } from '../../dev/gateway';
import { freePort } from '../../dev/ports';
import { en } from '../../web/src/lib/i18n/en/index';
import { zh } from '../../web/src/lib/i18n/zh/index';
import { DEMO_PATH_PARAMS, REFINED_FIELDS } from '../contract/demo-fixtures';
import { validInput } from '../contract/valid-input';
import { loginAs } from './api-client';

/**
 * Property-based fuzzing of every route through the local gateway (issue 12): from each row's
 * valid input, mutations of one key (wrong types, huge values, Unicode edge cases, NUL bytes,
 * bad ids, forged cursors) or of the path (malformed percent-escapes). Whatever comes in: never
 * a 5xx, never a stack trace, every 4xx carries a code (and field codes) with a Chinese and an
 * English message, and a request refused as invalid, forbidden or missing writes nothing.
 * Seeded and bounded: the same requests every run.
 */
const SEED = 12;
const RUNS_PER_ROUTE = 10;
const WRITES = ['PutCommand', 'UpdateCommand', 'DeleteCommand', 'TransactWriteCommand', 'BatchWriteCommand', 'PutItemCommand', 'UpdateItemCommand', 'DeleteItemCommand', 'TransactWriteItemsCommand', 'BatchWriteItemCommand'];
/** Refusals after which nothing may have been written (429 and 401 count attempts; 409 lost a conditional write). */
const MUST_NOT_WRITE = new Set([400, 403, 404, 413]);

const forgedCursor = Buffer.from(JSON.stringify({ pk: { S: 'ORG#sd' }, sk: 'ORG', gsi1pk: 'x' })).toString('base64url');
/** Named hostile values, so a counterexample prints a name, not 200,000 characters. */
const HOSTILE: Record<string, unknown> = {
  true: true, false: false, null: null, zero: 0, minusOne: -1, hugeNumber: 1e308, unsafeInteger: Number.MAX_SAFE_INTEGER + 2,
  emptyArray: [], emptyObject: {}, nestedArrays: [[[]]], operatorObject: { $ne: '' },
  emptyString: '', space: ' ', nul: '\u0000', innerNul: 'a\u0000b', loneSurrogate: '\ud800', manyEmoji: '😀'.repeat(500),
  bidiOverride: '\u202e\u202d', decomposed: 'é'.normalize('NFD'), pathTraversal: '../../etc/passwd', encodedNul: '%00', badId: 'BAD ID!',
  forgedCursor, hugeString: 'x'.repeat(200_000), hugeArray: Array.from({ length: 100_000 }, () => 'member'),
};
const hostile = fc.constantFrom(...Object.keys(HOSTILE));
const malformedSegments = ['%E0%A4%A', '%', '%ZZ', '%C0%AF'];

interface Sent {
  status: number;
  text: string;
}

describe('fuzzing every route through the local gateway', () => {
  let server: Server;
  let base = '';
  let token = '';
  beforeAll(async () => {
    const port = await freePort();
    server = await startGateway(port);
    base = `http://127.0.0.1:${port}`;
    token = await loginAs('sd.admin');
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  async function send(row: (typeof ROUTES)[number], params: Record<string, string>, rawSegment: string | null, rest: Record<string, unknown>, signed: boolean): Promise<Sent> {
    let path: string = row.path;
    for (const name of pathParamNames(row.path)) path = path.replace(`{${name}}`, rawSegment && name === pathParamNames(row.path)[0] ? rawSegment : encodeURIComponent(params[name] ?? 'x'));
    const inQuery = row.method === 'GET' || row.method === 'DELETE';
    const url = new URL(`${base}${path}`);
    if (inQuery) for (const [k, v] of Object.entries(rest)) url.searchParams.set(k, typeof v === 'string' ? v : JSON.stringify(v));
    const res = await fetch(url, {
      method: row.method,
      headers: { 'content-type': 'application/json', ...(signed ? { authorization: `Bearer ${token}` } : {}) },
      body: inQuery ? undefined : JSON.stringify(rest),
      // A request that never gets an answer (a crashed handler, a dead gateway) fails instead of hanging.
      signal: AbortSignal.timeout(30_000),
    });
    return { status: res.status, text: await res.text() };
  }

  function checkAnswer(id: string, sent: Sent, writes: number): void {
    expect(sent.status, `${id}: ${sent.text.slice(0, 300)}`).toBeLessThan(500);
    if (sent.status >= 400) expect(sent.text.startsWith('{'), `${id}: ${sent.status} answered ${JSON.stringify(sent.text.slice(0, 120))}`).toBe(true);
    expect(sent.text, id).not.toMatch(/\n\s+at |Error: /);
    if (sent.status >= 400) {
      const body = JSON.parse(sent.text) as { error?: { code?: string; fields?: Record<string, string[]> } };
      const code = body.error?.code ?? '';
      expect(zh.codes[code as keyof typeof zh.codes], `${id}: zh message for ${code}`).toBeTruthy();
      expect(en.codes[code as keyof typeof en.codes], `${id}: en message for ${code}`).toBeTruthy();
      for (const field of Object.values(body.error?.fields ?? {}).flat()) {
        expect(zh.codes[field as keyof typeof zh.codes] ?? (field.endsWith('.invalid') ? zh.codes['field.invalid'] : undefined), `${id}: zh message for ${field}`).toBeTruthy();
      }
      if (MUST_NOT_WRITE.has(sent.status)) expect(writes, `${id}: ${sent.status} ${code} wrote`).toBe(0);
    }
  }

  it('never answers 5xx or a stack trace, always a translated code, and writes nothing when refusing', async () => {
    const fixtures = { ...DEMO_PATH_PARAMS, ...REFINED_FIELDS };
    for (const row of ROUTES) {
      const { input } = validInput(row, fixtures);
      const keys = Object.keys(input);
      const mutation = fc.record({
        key: keys.length ? fc.constantFrom(...keys, '__extra') : fc.constant('__extra'),
        value: hostile,
        malformed: fc.option(fc.constantFrom(...malformedSegments), { freq: 4 }),
        signed: fc.boolean(),
      });
      await fc.assert(
        fc.asyncProperty(mutation, async ({ key, value: name, malformed, signed }) => {
          const names = new Set(pathParamNames(row.path));
          const mutated: Record<string, unknown> = { ...input, [key]: HOSTILE[name] };
          const params = Object.fromEntries([...names].map((n) => [n, typeof mutated[n] === 'string' ? (mutated[n] as string) : JSON.stringify(mutated[n])]));
          const rest = Object.fromEntries(Object.entries(mutated).filter(([k]) => !names.has(k)));
          resetMeter();
          const sent = await send(row, params, names.size ? malformed : null, rest, signed);
          const writes = WRITES.reduce((n, c) => n + (readMeter().byCommand[c] ?? 0), 0);
          checkAnswer(row.id, sent, writes);
        }),
        { seed: SEED, numRuns: RUNS_PER_ROUTE, endOnFailure: true },
      );
    }
  }, 600_000);
});
