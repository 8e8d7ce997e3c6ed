import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { ensureChromium, ensureJava } from '../../dev/prerequisites';
import { startStack, type Stack } from '../../dev/stack';

declare module 'vitest' {
  export interface ProvidedContext {
    webUrl: string;
    apiUrl: string;
  }
}

/**
 * The whole local stack once for all browser tests, with the production web build (the adapter-node
 * output the deploy uses; built once and reused until the web's sources change, dev/web-build.ts).
 */
let stack: Stack | undefined;
let dir: string | undefined;

export async function setup(project: TestProject): Promise<void> {
  ensureJava();
  ensureChromium();
  process.env.PASSWORD_SCRYPT_LOG2N = '12';
  process.env.LOGIN_THROTTLE_DELAY_MS = '10';
  process.env.TRELLIS_QUIET_LOGS = '1';
  // The web server parses every API success response with its row's output schema (web/src/lib/server/contract-check.ts).
  process.env.CONTRACT_CHECK = '1';
  dir = mkdtempSync(join(tmpdir(), 'trellis-e2e-'));
  stack = await startStack({ dataDir: dir, persistent: false, web: true, quiet: true });
  if (!stack.webUrl) throw new Error('web server did not start');
  await fetch(`${stack.webUrl}/`).then((r) => r.text());
  project.provide('webUrl', stack.webUrl);
  project.provide('apiUrl', stack.apiUrl);
}

export async function teardown(): Promise<void> {
  await stack?.stop();
  if (dir) rmSync(dir, { recursive: true, force: true });
}
