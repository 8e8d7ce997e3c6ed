import { join } from 'node:path';
import { SCHEDULED_JOBS } from '@trellis/shared/http/scheduled-jobs';
import { STREAM_CONSUMERS } from '@trellis/shared/http/stream-consumers';
import { deployedRoutes } from './api';
import { generatedEntriesDir, routesByCapability, writeCapabilityEntry } from './capability-entry';
import { functionEntry, repoRoot } from './paths';

/** What a Lambda bundle is built from, and which size budget applies to it. */
export interface LambdaEntry {
  /** `orgs` (API capability), `outbox` (stream worker), `publish-due-notices` (job), `web`. */
  readonly name: string;
  readonly kind: 'api' | 'worker' | 'job' | 'web' | 'web-xlsx';
  readonly entry: string;
  readonly alias?: Readonly<Record<string, string>>;
}

/** Minified bytes of `index.mjs` at most (issue 13): 250,000 for API, worker and job Lambdas, 1,000,000 for the web server. */
export const BUNDLE_BUDGET: Readonly<Record<LambdaEntry['kind'], number>> = {
  api: 250_000,
  worker: 250_000,
  job: 250_000,
  web: 1_000_000,
  // The SvelteKit server again, with exceljs, for the Excel routes only (web-heavy-routes.ts).
  'web-xlsx': 2_000_000,
};

export const WEB_SERVER_ENTRY = join(repoRoot, 'infra/web-lambda/handler.ts');

/** The esbuild aliases of the web server over an adapter-node build directory; without Excel unless `xlsx`. */
export const webBuildAlias = (buildDir: string, { xlsx = false } = {}): Record<string, string> => ({
  'trellis-web-build': buildDir,
  ...(xlsx ? {} : { exceljs: join(repoRoot, 'infra/web-lambda/exceljs-left-out.ts') }),
});

/**
 * Every Lambda the stack deploys, as the constructs build them (api.ts, notify.ts, jobs.ts,
 * web.ts): the capability dispatchers (written to `entriesDir`), the stream workers, the
 * scheduled jobs and the SvelteKit server over `webBuildDir` (twice: without and with Excel).
 */
export function lambdaEntries(webBuildDir: string, entriesDir = generatedEntriesDir): LambdaEntry[] {
  const api = [...routesByCapability(deployedRoutes())].map(([capability, routes]): LambdaEntry => ({
    name: capability,
    kind: 'api',
    entry: writeCapabilityEntry(entriesDir, capability, routes),
  }));
  return [
    ...api,
    ...STREAM_CONSUMERS.map((c): LambdaEntry => ({ name: c.id, kind: 'worker', entry: functionEntry(c.entry) })),
    ...SCHEDULED_JOBS.map((j): LambdaEntry => ({ name: j.id, kind: 'job', entry: functionEntry(j.entry) })),
    { name: 'web', kind: 'web', entry: WEB_SERVER_ENTRY, alias: webBuildAlias(webBuildDir) },
    { name: 'web-xlsx', kind: 'web-xlsx', entry: WEB_SERVER_ENTRY, alias: webBuildAlias(webBuildDir, { xlsx: true }) },
  ];
}
