import { randomInt } from 'node:crypto';
import { expect, inject } from 'vitest';
import { routeById, type RouteId } from '@trellis/shared/http/routes';
import { usccCheckChar } from '@trellis/shared/applications/uscc-check';
import { invokeRoute, type Invocation } from '../../dev/invoke';
import { DEMO_PASSWORD } from '../../dev/demo-data';
import { outputViolation } from '../contract/output-check';
import { recordHappyPath } from '../contract/happy-path-log';

/**
 * Calls a route's handler the way API Gateway would, optionally as a signed-in account.
 * Every 2xx is held to the row's declared output (status and body schema): a response that
 * breaks it fails the calling test; one that keeps it is recorded as the route's checked
 * happy path (the run fails if a route never had one, tests/int/global-setup.ts).
 */
export async function call(id: RouteId, inv: Invocation & { token?: string } = {}) {
  const headers = { ...(inv.headers ?? {}), ...(inv.token ? { authorization: `Bearer ${inv.token}` } : {}) };
  const row = routeById(id);
  const res = await invokeRoute(row, { ...inv, headers, sourceIp: inv.sourceIp ?? randomIp() });
  const violation = outputViolation(row, res.status, res.body);
  if (violation) throw new Error(`contract: ${violation}`);
  if (res.status >= 200 && res.status < 300) recordHappyPath(inject('contractDir'), id);
  return res as { status: number; body: any; headers: Record<string, unknown> };
}

/** A distinct client IP per call, so login throttling in one test never leaks into another. */
export function randomIp(): string {
  return `10.${randomInt(256)}.${randomInt(256)}.${randomInt(1, 255)}`;
}

const tokens = new Map<string, string>();

export async function loginAs(username: string, password = DEMO_PASSWORD): Promise<string> {
  const cached = tokens.get(`${username}:${password}`);
  if (cached) return cached;
  const res = await call('auth.login', { body: { login: username, password } });
  expect(res.status, JSON.stringify(res.body)).toBe(200);
  tokens.set(`${username}:${password}`, res.body.token as string);
  return res.body.token as string;
}

/** A fresh valid unified social credit code (non-enterprise org, random serial). */
export function randomUscc(): string {
  const first17 = `52370000${String(randomInt(10 ** 8)).padStart(8, '0')}X`;
  return first17 + (usccCheckChar(first17) ?? '0');
}

export function uniqueSuffix(): string {
  return `${Date.now().toString(36)}${randomInt(1296).toString(36)}`;
}

/** Every item of a paginated list route, following the cursor (other test files add to shared lists). */
export async function listAll<T>(id: RouteId, inv: Invocation & { token?: string }): Promise<T[]> {
  const items: T[] = [];
  let cursor: string | undefined;
  do {
    const res = await call(id, { ...inv, query: { ...inv.query, ...(cursor ? { cursor } : {}) } });
    if (res.status !== 200) throw new Error(`${id}: ${res.status} ${JSON.stringify(res.body)}`);
    items.push(...(res.body.items as T[]));
    cursor = res.body.cursor ?? undefined;
  } while (cursor);
  return items;
}
