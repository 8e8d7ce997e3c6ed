import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { ensureJava } from '../../dev/prerequisites';
import { startStack, type Stack } from '../../dev/stack';

declare module 'vitest' {
  export interface ProvidedContext {
    dynamoEndpoint: string;
    s3Endpoint: string;
  }
}

/** One in-memory DynamoDB Local and one s3rver for the whole integration run, seeded with the demo tree. */
let stack: Stack | undefined;
let dir: string | undefined;

export async function setup(project: TestProject): Promise<void> {
  ensureJava();
  process.env.PASSWORD_SCRYPT_LOG2N = '12';
  dir = mkdtempSync(join(tmpdir(), 'trellis-int-'));
  stack = await startStack({ dataDir: dir, persistent: false, web: false, quiet: true });
  project.provide('dynamoEndpoint', stack.dynamoEndpoint);
  project.provide('s3Endpoint', stack.s3Endpoint);
}

export async function teardown(): Promise<void> {
  await stack?.stop();
  if (dir) rmSync(dir, { recursive: true, force: true });
}
