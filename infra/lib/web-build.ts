import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
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

/**
 * The adapter-node build in web/build, rebuilt (`npm run build -w web`) when it is missing or
 * older than its sources. Returns the build directory.
 */
export function freshWebBuild(): string {
  const server = join(webBuildDir, 'server/server.js');
  const built = existsSync(server) ? statSync(server).mtimeMs : 0;
  if (built === 0 || WEB_INPUTS.some((input) => newestMtime(input) > built)) {
    const result = spawnSync('npm', ['run', 'build', '-w', 'web'], { cwd: repoRoot, stdio: ['ignore', 'ignore', 'inherit'] });
    if (result.status !== 0) throw new Error(`npm run build -w web failed (exit ${result.status})`);
  }
  return webBuildDir;
}
