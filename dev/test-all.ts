import { spawnSync } from 'node:child_process';
import { ensureChromium, ensureJava } from './prerequisites';

/**
 * `npm test`: type checks, lint, unit, integration (DynamoDB Local + s3rver) and browser
 * tests (Playwright + Debian Chromium), in that order; stops at the first failure.
 * Java and Chromium are installed first when missing (as root), never skipped.
 */
const steps: [string, string[]][] = [
  ['typecheck', ['run', 'typecheck']],
  ['lint', ['run', 'lint']],
  ['unit', ['run', 'test:unit']],
  ['integration', ['run', 'test:int']],
  ['browser', ['run', 'test:e2e']],
];

function main(): number {
  try {
    ensureJava();
    ensureChromium();
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
    return 1;
  }
  const only = process.argv.slice(2);
  for (const [name, args] of steps) {
    if (only.length && !only.includes(name)) continue;
    console.log(`\n=== npm test: ${name} ===`);
    const started = Date.now();
    const result = spawnSync('npm', args, { stdio: 'inherit', env: process.env });
    console.log(`=== ${name}: ${result.status === 0 ? 'ok' : 'FAILED'} in ${Math.round((Date.now() - started) / 1000)} s ===`);
    if (result.status !== 0) return result.status ?? 1;
  }
  return 0;
}

process.exit(main());
