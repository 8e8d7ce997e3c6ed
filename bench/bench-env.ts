import { execFileSync } from 'node:child_process';

/** Small things every benchmark entry point needs: settings from the environment, logging, the date. */

export function intEnv(name: string, fallback: number): number {
  const raw = process.env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 1) throw new Error(`${name} must be a positive integer, got ${raw}`);
  return value;
}

export function log(line: string): void {
  console.log(`[bench] ${line}`);
}

/** Today in local time, as `date +%F` prints it. */
export function today(): string {
  try {
    return execFileSync('date', ['+%F'], { encoding: 'utf8' }).trim();
  } catch {
    return new Date().toISOString().slice(0, 10);
  }
}

/** Runs a benchmark's main to the end: exit 0, or the error and exit 1 (open handles never keep it alive). */
export async function runBench(main: () => Promise<void>): Promise<never> {
  try {
    await main();
    process.exit(0);
  } catch (error) {
    console.error('[bench] failed:', error);
    process.exit(1);
  }
}
