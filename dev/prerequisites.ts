import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

/**
 * What a fresh machine may lack: Java (DynamoDB Local) and Debian's Chromium (browser
 * tests). As root with apt-get available they are installed, as Playwright's own installer
 * does; otherwise we stop with the exact command to run.
 */
const has = (cmd: string, args: string[]) => spawnSync(cmd, args, { stdio: 'ignore' }).status === 0;
const isRoot = () => typeof process.getuid === 'function' && process.getuid() === 0;

function aptInstall(pkg: string, what: string): void {
  const command = `apt-get update && apt-get install -y ${pkg}`;
  if (!isRoot() || !has('apt-get', ['--version'])) {
    throw new Error(`${what} is missing. Install it with:\n  sudo ${command}`);
  }
  console.log(`[trellis] ${what} is missing; installing ${pkg} with apt-get ...`);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  for (const args of [['update'], ['install', '-y', '--no-install-recommends', pkg]]) {
    const result = spawnSync('apt-get', args, { stdio: 'inherit', env });
    if (result.status !== 0) throw new Error(`apt-get ${args.join(' ')} failed. Run it yourself:\n  ${command}`);
  }
}

/** Java runs DynamoDB Local through a small source-file launcher (dev/java/), which needs the JDK's compiler module. */
const hasJavaCompiler = () => spawnSync('java', ['--list-modules'], { encoding: 'utf8' }).stdout?.includes('jdk.compiler') ?? false;

export function ensureJava(): void {
  if (has('java', ['-version']) && hasJavaCompiler()) return;
  aptInstall('openjdk-17-jdk-headless', 'Java 17 with its compiler module (for DynamoDB Local)');
  if (!hasJavaCompiler()) throw new Error('java (with jdk.compiler) still not found after installing openjdk-17-jdk-headless');
}

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export function ensureChromium(): void {
  if (existsSync(CHROMIUM_PATH)) return;
  aptInstall('chromium', 'Chromium (for the browser tests)');
  if (!existsSync(CHROMIUM_PATH)) throw new Error(`${CHROMIUM_PATH} still missing after installing chromium`);
}
