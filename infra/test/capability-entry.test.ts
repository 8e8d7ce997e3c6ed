import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { ROUTES, type RouteRow } from '@trellis/shared/http/routes';
import { z } from 'zod';
import { afterAll, afterEach, describe, expect, it, vi } from 'vitest';
import { deployedRoutes } from '../lib/api';
import {
  capabilityEntrySource,
  capabilityOf,
  NOT_FOUND_BODY,
  routeKeyOf,
  routesByCapability,
  writeCapabilityEntry,
} from '../lib/capability-entry';
import { functionEntry } from '../lib/paths';

const rowStub = { input: z.object({}), output: {}, summary: 'test row' };

type Dispatcher = { handler: (event: unknown, context: unknown) => Promise<any>; routeKeys: readonly string[] };

const deployed = ROUTES.filter((route) => !('localOnly' in route && route.localOnly)) as RouteRow[];
const capabilities = routesByCapability(deployedRoutes());

describe('capabilities from the route table', () => {
  it('names a capability by the first directory of the route entry', () => {
    expect(capabilityOf({ entry: 'orgs/handlers/get' })).toBe('orgs');
    expect(capabilityOf({ entry: 'applications/handlers/apply' })).toBe('applications');
    expect(() => capabilityOf({ entry: 'login' })).toThrow(/must name a capability/);
    expect(() => capabilityOf({ entry: 'Orgs/handlers/get' })).toThrow(/must name a capability/);
  });

  it('groups every deployed route into exactly one capability, in route-table order', () => {
    const expected = [...new Set(deployed.map((route) => route.entry.split('/')[0]))];
    expect([...capabilities.keys()]).toEqual(expected);
    expect([...capabilities.values()].flat().map((route) => route.id).sort()).toEqual(deployed.map((route) => route.id).sort());
    for (const [capability, routes] of capabilities) {
      for (const route of routes) expect(route.entry.startsWith(`${capability}/`), route.id).toBe(true);
    }
    // The public apply route is served by the applications code, and local tools are not deployed.
    expect(capabilities.get('applications')?.map((route) => route.id)).toContain('applications.apply');
    expect(capabilities.has('dev')).toBe(false);
  });

  it('refuses two routes with one route key', () => {
    const twice: RouteRow[] = [
      { id: 'a.one', method: 'GET', path: '/a', entry: 'a/handlers/one', access: { kind: 'public' }, ...rowStub },
      { id: 'b.two', method: 'GET', path: '/a', entry: 'b/handlers/two', access: { kind: 'public' }, ...rowStub },
    ];
    expect(() => routesByCapability(twice)).toThrow(/a\.one and b\.two share the route key GET \/a/);
  });

  it('imports each route handler of the capability statically, by absolute path', () => {
    for (const [capability, routes] of capabilities) {
      const source = capabilityEntrySource(capability, routes);
      const imported = [...source.matchAll(/^import \{ handler as h\d+ \} from "([^"]+)";$/gm)].map((m) => m[1]);
      expect(imported.sort(), capability).toEqual([...new Set(routes.map((route) => functionEntry(route.entry)))].sort());
      for (const file of imported) expect(existsSync(file!), file).toBe(true);
      expect(source).not.toMatch(/\bimport\(/);
    }
  });

  it('refuses a route of another capability', () => {
    expect(() => capabilityEntrySource('orgs', deployed.filter((route) => route.id === 'auth.login'))).toThrow(
      /auth\.login does not belong to capability orgs/,
    );
  });
});

describe('the generated dispatcher', () => {
  const dir = mkdtempSync(join(tmpdir(), 'trellis-capability-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  afterEach(() => {
    vi.restoreAllMocks();
    vi.unstubAllEnvs();
  });

  /** A stand-in handler module per entry that reports which entry answered, and the event. */
  const stub = (entry: string): string => {
    const file = join(dir, 'stubs', `${entry}.ts`);
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(
      file,
      `export const handler = async (event: any, context: any) => ({ statusCode: 200, body: JSON.stringify({ entry: ${JSON.stringify(entry)}, routeKey: event.routeKey, context }) });\n`,
    );
    return file;
  };

  async function load(capability: string, routes: readonly RouteRow[]): Promise<Dispatcher> {
    const file = join(dir, `${capability}.ts`);
    writeFileSync(file, capabilityEntrySource(capability, routes, stub));
    return import(pathToFileURL(file).href) as Promise<Dispatcher>;
  }

  it.each([...capabilities.keys()])('sends each route key of %s to its route handler', async (capability) => {
    const routes = capabilities.get(capability)!;
    const dispatcher = await load(capability, routes);
    expect(dispatcher.routeKeys).toEqual(routes.map(routeKeyOf));
    const context = { awsRequestId: 'req-1' };
    for (const route of routes) {
      const result = await dispatcher.handler({ routeKey: routeKeyOf(route), rawPath: route.path }, context);
      expect(JSON.parse(result.body), route.id).toEqual({ entry: route.entry, routeKey: routeKeyOf(route), context });
    }
  });

  it('answers 404 route.not_found for a route key it does not serve', async () => {
    vi.stubEnv('TRELLIS_QUIET_LOGS', '0');
    const log = vi.spyOn(console, 'log').mockImplementation(() => undefined);
    const dispatcher = await load('orgs', capabilities.get('orgs')!);
    const otherCapability = routeKeyOf(capabilities.get('auth')![0]!);
    for (const event of [{ routeKey: 'GET /nowhere' }, { routeKey: otherCapability }, { routeKey: 'constructor' }, {}]) {
      const result = await dispatcher.handler(event, {});
      expect(result, JSON.stringify(event)).toEqual({
        statusCode: 404,
        headers: { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' },
        body: JSON.stringify(NOT_FOUND_BODY),
      });
    }
    expect(NOT_FOUND_BODY).toEqual({ error: { code: 'route.not_found', message: 'no such route' } });
    expect(JSON.parse(String(log.mock.calls[0]?.[0]))).toMatchObject({ level: 'warn', capability: 'orgs', routeKey: 'GET /nowhere', status: 404 });
  });
});

describe('writeCapabilityEntry', () => {
  const dir = mkdtempSync(join(tmpdir(), 'trellis-entries-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('writes the entry once and leaves an unchanged file alone', () => {
    const routes = capabilities.get('sites')!;
    const file = writeCapabilityEntry(join(dir, 'api'), 'sites', routes);
    expect(file).toBe(join(dir, 'api', 'sites.ts'));
    expect(readFileSync(file, 'utf8')).toBe(capabilityEntrySource('sites', routes));
    const written = statSync(file).mtimeMs;
    writeCapabilityEntry(join(dir, 'api'), 'sites', routes);
    expect(statSync(file).mtimeMs).toBe(written);
    expect(readdirSync(join(dir, 'api'))).toEqual(['sites.ts']);
  });

  it('fails synthesis when a route handler module does not exist', () => {
    const missing: RouteRow = { id: 'sites.gone', method: 'GET', path: '/sites/gone', entry: 'sites/handlers/gone', access: { kind: 'public' }, ...rowStub };
    expect(() => writeCapabilityEntry(join(dir, 'api'), 'sites', [missing])).toThrow(/sites\.gone: handler module .*sites\/handlers\/gone\.ts not found/);
  });
});
