import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { RouteRow } from '@trellis/shared/http/routes';
import { functionEntry, repoRoot } from './paths';

/**
 * One Lambda per capability: the routes whose handlers live under the same first directory
 * of `functions/src/` (`orgs/handlers/get` -> `orgs`) share one function. Its entry is a small
 * module generated at synth time from the route table, which statically imports each route's
 * handler (so esbuild bundles them all) and dispatches on the API Gateway v2 `routeKey`.
 * Nothing is listed by hand: adding a route to ROUTES adds it to its capability's dispatcher.
 */

/** `orgs/handlers/get` -> `orgs`. */
export function capabilityOf(route: Pick<RouteRow, 'entry'>): string {
  const capability = route.entry.split('/')[0] ?? '';
  if (!/^[a-z][a-z0-9-]*$/.test(capability) || !route.entry.includes('/')) {
    throw new Error(`Route entry ${route.entry}: its first segment must name a capability (lowercase, digits, dashes)`);
  }
  return capability;
}

/** The API Gateway v2 route key the HTTP API puts in `event.routeKey`: `GET /orgs/{orgId}`. */
export const routeKeyOf = (route: Pick<RouteRow, 'method' | 'path'>): string => `${route.method} ${route.path}`;

/** `notices` -> `Notices`, `sms-inbox` -> `SmsInbox`: a construct-id-safe capability name. */
export const capabilityConstructId = (capability: string): string =>
  capability.split('-').map((part) => part.charAt(0).toUpperCase() + part.slice(1)).join('');

/**
 * The routes grouped by capability, in route-table order (capabilities in order of their first
 * route). Throws on a route key used twice: the dispatch would be ambiguous.
 */
export function routesByCapability(routes: readonly RouteRow[]): Map<string, RouteRow[]> {
  const seen = new Map<string, string>();
  const groups = new Map<string, RouteRow[]>();
  for (const route of routes) {
    const key = routeKeyOf(route);
    const other = seen.get(key);
    if (other) throw new Error(`Routes ${other} and ${route.id} share the route key ${key}`);
    seen.set(key, route.id);
    const capability = capabilityOf(route);
    const group = groups.get(capability) ?? [];
    group.push(route);
    groups.set(capability, group);
  }
  return groups;
}

/** What a capability function answers for a route key it does not serve (as the local gateway does). */
export const NOT_FOUND_BODY = { error: { code: 'route.not_found', message: 'no such route' } } as const;

/**
 * The TypeScript source of a capability's entry module. `resolveEntry` maps a route's `entry`
 * to the absolute path of its handler module (tests point it at stand-ins).
 */
export function capabilityEntrySource(
  capability: string,
  routes: readonly RouteRow[],
  resolveEntry: (entry: string) => string = functionEntry,
): string {
  if (routes.length === 0) throw new Error(`Capability ${capability} has no routes`);
  for (const route of routes) {
    if (capabilityOf(route) !== capability) throw new Error(`Route ${route.id} does not belong to capability ${capability}`);
  }
  // One import per handler module (two routes may share one), bound to h0, h1, ...
  const modules = [...new Set(routes.map((route) => route.entry))];
  const binding = new Map(modules.map((entry, i) => [entry, `h${i}`]));
  const imports = modules.map(
    (entry) => `import { handler as ${binding.get(entry)} } from ${JSON.stringify(resolveEntry(entry).replaceAll('\\', '/'))};`,
  );
  const table = routes.map((route) => `  [${JSON.stringify(routeKeyOf(route))}, ${binding.get(route.entry)}], // ${route.id}`);
  return `// Generated at synth time by infra/lib/capability-entry.ts from the route table: do not edit.
// The Lambda entry of the "${capability}" capability: ${routes.length} route(s).
${imports.join('\n')}

type Handler = (event: any, context: any) => Promise<unknown>;

const routes = new Map<string, Handler>([
${table.join('\n')}
]);

export const routeKeys: readonly string[] = [...routes.keys()];

export async function handler(event: { routeKey?: string }, context: unknown): Promise<unknown> {
  const key = event?.routeKey ?? '';
  const route = routes.get(key);
  if (route) return route(event, context);
  if (process.env.TRELLIS_QUIET_LOGS !== '1') {
    console.log(JSON.stringify({ level: 'warn', capability: ${JSON.stringify(capability)}, routeKey: key, status: 404 }));
  }
  return {
    statusCode: 404,
    headers: { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' },
    body: ${JSON.stringify(JSON.stringify(NOT_FOUND_BODY))},
  };
}
`;
}

/**
 * Where `cdk synth` (and the infra tests) write the capability entries: inside the CLI's
 * `cdk.out/`, which git, ESLint, tsc and `cdk watch` already ignore. A fixed path keeps the
 * bundles (their source maps name the entry) and so the asset hashes reproducible.
 */
export const generatedEntriesDir = join(repoRoot, 'cdk.out', '.generated', 'api');

/**
 * Writes the capability's entry module to `dir` and returns its path. Rewrites only when the
 * content changed, through a rename so concurrent synths (parallel test workers) never see a
 * half-written file. A missing handler module fails here, at synth time, even when bundling
 * is skipped (as NodejsFunction did for a route's own entry).
 */
export function writeCapabilityEntry(dir: string, capability: string, routes: readonly RouteRow[]): string {
  for (const route of routes) {
    const handlerFile = functionEntry(route.entry);
    if (!existsSync(handlerFile)) throw new Error(`Route ${route.id}: handler module ${handlerFile} not found`);
  }
  const file = join(dir, `${capability}.ts`);
  const source = capabilityEntrySource(capability, routes);
  let current: string | undefined;
  try {
    current = readFileSync(file, 'utf8');
  } catch {
    current = undefined;
  }
  if (current !== source) {
    mkdirSync(dir, { recursive: true });
    const temp = `${file}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`;
    writeFileSync(temp, source);
    renameSync(temp, file);
  }
  return file;
}
