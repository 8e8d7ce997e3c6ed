import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { repoRoot, webBuildDir } from './paths';

/** What the web build is made from: a change under these (or to a config file) makes it stale. */
const WEB_INPUTS = ['web/src', 'web/static', 'shared/src', 'web/vite.config.ts', 'web/package.json'].map((p) => join(repoRoot, p));

function newestMtime(path: string): number {
  if (!existsSync(path)) return 0;
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = 0;
  for (const entry of readdirSync(path)) newest = Math.max(newest, newestMtime(join(path, entry)));
  return newest;
}

const isFresh = (server: string): boolean => {
  const built = existsSync(server) ? statSync(server).mtimeMs : 0;
  return built > 0 && !WEB_INPUTS.some((input) => newestMtime(input) > built);
};

const sleep = (ms: number) => Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);

/**
 * The adapter-node build in web/build, rebuilt (`npm run build -w web`) when it is missing or
 * older than its sources. Returns the build directory. Test workers may call it at once: a lock
 * directory lets one build while the others wait, then re-check.
 */
export function freshWebBuild(): string {
  const server = join(webBuildDir, 'server/server.js');
  const lock = join(repoRoot, 'web/.build-lock');
  for (let waited = 0; !isFresh(server); waited += 500) {
    try {
      mkdirSync(lock);
    } catch {
      if (waited > 300_000) throw new Error(`${lock} held for 5 minutes: remove it if no build is running`);
      sleep(500);
      continue;
    }
    try {
      if (isFresh(server)) break;
      // A production build whoever asks (vitest sets NODE_ENV=test, which Vite would build with).
      const env = { ...process.env, NODE_ENV: 'production' };
      const result = spawnSync('npm', ['run', 'build', '-w', 'web'], { cwd: repoRoot, env, stdio: ['ignore', 'ignore', 'inherit'] });
      if (result.status !== 0) throw new Error(`npm run build -w web failed (exit ${result.status})`);
    } finally {
      rmSync(lock, { recursive: true, force: true });
    }
  }
  return webBuildDir;
}
