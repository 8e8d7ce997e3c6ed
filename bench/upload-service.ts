import { spawn, type ChildProcess } from 'node:child_process';
import { resolve } from 'node:path';
import { createInterface } from 'node:readline';

/**
 * The upload benchmark's helper processes (bench/upload-gateway.ts, bench/upload-s3.ts): each
 * is `node --import tsx <file>` spawned directly, so the pid we get is the Node process
 * itself (no npx or tsx wrapper in between), and it prints one JSON line when it is ready.
 */

const ROOT = resolve(import.meta.dirname, '..');

export interface Service<T> {
  pid: number;
  info: T;
  stop(): Promise<void>;
}

/** In a service process: the value of a required environment variable. */
export function requiredEnv(name: string): string {
  const value = process.env[name];
  if (!value) throw new Error(`${name} is required`);
  return value;
}

/** In a service process: runs `stop` once, then exits, when stdin closes (the parent is gone) or on SIGTERM/SIGINT. */
export function onShutdown(stop: () => Promise<void>): void {
  let stopping = false;
  const shutdown = () => {
    if (stopping) return;
    stopping = true;
    stop()
      .catch((error: unknown) => console.error('[service] shutdown failed', error))
      .finally(() => process.exit(0));
  };
  process.stdin.on('end', shutdown);
  process.stdin.on('close', shutdown);
  process.stdin.resume();
  process.on('SIGTERM', shutdown);
  process.on('SIGINT', shutdown);
}

function waitExit(child: ChildProcess, ms: number): Promise<boolean> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve(true);
  return new Promise((done) => {
    const timer = setTimeout(() => done(false), ms);
    child.once('exit', () => {
      clearTimeout(timer);
      done(true);
    });
  });
}

/** Starts `node --import tsx bench/<file>` and resolves with its ready line once it prints it. */
export function startService<T extends { pid: number }>(file: string, env: Record<string, string>, timeoutMs = 120_000): Promise<Service<T>> {
  const child = spawn(process.execPath, ['--import', 'tsx', resolve(ROOT, 'bench', file)], {
    cwd: ROOT,
    env: { ...process.env, ...env },
    stdio: ['pipe', 'pipe', 'inherit'],
  });
  const stop = async () => {
    child.stdin?.end();
    if (await waitExit(child, 15_000)) return;
    child.kill('SIGTERM');
    if (await waitExit(child, 5_000)) return;
    child.kill('SIGKILL');
    await waitExit(child, 5_000);
  };
  return new Promise((resolvePromise, reject) => {
    let ready = false;
    const timer = setTimeout(() => {
      void stop();
      reject(new Error(`${file} was not ready after ${timeoutMs} ms`));
    }, timeoutMs);
    child.once('exit', (code, signal) => {
      clearTimeout(timer);
      if (!ready) reject(new Error(`${file} exited before it was ready (code ${code}, signal ${signal})`));
    });
    if (!child.stdout) throw new Error('no stdout pipe');
    createInterface({ input: child.stdout }).on('line', (line) => {
      if (!ready && line.startsWith('{')) {
        try {
          const parsed = JSON.parse(line) as T & { ready?: boolean };
          if (parsed.ready) {
            ready = true;
            clearTimeout(timer);
            if (parsed.pid !== child.pid) console.error(`[bench] ${file}: reported pid ${parsed.pid}, spawned pid ${child.pid}`);
            resolvePromise({ pid: parsed.pid, info: parsed, stop });
            return;
          }
        } catch {
          // not the ready line
        }
      }
      process.stderr.write(`[${file}] ${line}\n`);
    });
  });
}
