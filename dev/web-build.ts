import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';

/**
 * The production build of the web app for the local stack (`npm start`, the browser tests): the
 * same adapter-node output the deploy uses (`server/server.js` + `client/`, here with
 * `handler.js` serving them), built with TRELLIS_LOCAL_BUILD=1 into `web/build-local/` (its CSP also
 * allows s3rver on any 127.0.0.1 port). Rebuilt only when the web's sources changed: a SHA-256
 * over the inputs is kept beside the build.
 */
const ROOT = resolve(import.meta.dirname, '..');
export const LOCAL_BUILD_DIR = join(ROOT, 'web', 'build-local');
const STAMP = join(LOCAL_BUILD_DIR, '.sources-sha256');
const LOCK = join(ROOT, 'web', '.build-local.lock');
const INPUTS = ['web/src', 'web/static', 'web/vite.config.ts', 'web/package.json', 'web/tsconfig.json', 'shared/src', 'package-lock.json'];

function filesUnder(path: string): string[] {
  if (!existsSync(path)) return [];
  if (!statSync(path).isDirectory()) return [path];
  return readdirSync(path, { withFileTypes: true })
    .flatMap((e) => (e.isDirectory() ? filesUnder(join(path, e.name)) : [join(path, e.name)]))
    .filter((f) => !/\.test\.ts$/.test(f));
}

/** SHA-256 over every input file's path and content (tests excluded): what the build depends on. */
export function webSourcesHash(): string {
  const hash = createHash('sha256');
  for (const file of INPUTS.flatMap((p) => filesUnder(join(ROOT, p))).sort()) {
    hash.update(relative(ROOT, file)).update('\0').update(readFileSync(file)).update('\0');
  }
  return hash.digest('hex');
}

/** Whether the local build is there and was made from the current sources. */
export function webBuildCurrent(hash = webSourcesHash()): boolean {
  return existsSync(join(LOCAL_BUILD_DIR, 'handler.js')) && existsSync(STAMP) && readFileSync(STAMP, 'utf8').trim() === hash;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** One build at a time per checkout (npm start and a test run may start together); a lock older than 10 minutes is stale. */
async function withLock<T>(fn: () => T): Promise<T> {
  for (;;) {
    try {
      mkdirSync(LOCK);
      break;
    } catch {
      const held = statSync(LOCK, { throwIfNoEntry: false });
      if (held && Date.now() - held.mtimeMs > 10 * 60_000) rmSync(LOCK, { recursive: true, force: true });
      await sleep(500);
    }
  }
  try {
    return fn();
  } finally {
    rmSync(LOCK, { recursive: true, force: true });
  }
}

/** Builds the web app for the local stack unless the build is current; returns whether it built. */
export async function ensureWebBuild(log: (line: string) => void = console.log): Promise<boolean> {
  return withLock(() => {
    const hash = webSourcesHash();
    if (webBuildCurrent(hash)) return false;
    log('[web] building the production web app (web/build-local/; sources changed) ...');
    const { S3_ENDPOINT: _s3, UPLOAD_ORIGIN: _upload, ...env } = process.env;
    const built = spawnSync(join(ROOT, 'node_modules', '.bin', 'vite'), ['build', '--logLevel', 'warn'], {
      cwd: join(ROOT, 'web'),
      env: { ...env, TRELLIS_LOCAL_BUILD: '1' },
      stdio: ['ignore', 'inherit', 'inherit'],
    });
    if (built.status !== 0) throw new Error(`web build failed (exit ${built.status ?? built.signal})`);
    writeFileSync(STAMP, `${hash}\n`);
    return true;
  });
}
