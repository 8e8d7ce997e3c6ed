import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { ensureJava } from '../../dev/prerequisites';
import { startStack, type Stack } from '../../dev/stack';
import { ROUTES } from '@trellis/shared/http/routes';
import { missingHappyPaths, readHappyPaths } from '../contract/happy-path-log';

declare module 'vitest' {
  export interface ProvidedContext {
    dynamoEndpoint: string;
    s3Endpoint: string;
    /** Where tests/int/api-client.ts records the routes whose success response it checked. */
    contractDir: string;
  }
}

/** One in-memory DynamoDB Local and one s3rver for the whole integration run, seeded with the demo tree. */
let stack: Stack | undefined;
let dir: string | undefined;
let contractDir: string | undefined;
let runProject: TestProject | undefined;

export async function setup(project: TestProject): Promise<void> {
  ensureJava();
  process.env.PASSWORD_SCRYPT_LOG2N = '12';
  dir = mkdtempSync(join(tmpdir(), 'trellis-int-'));
  stack = await startStack({ dataDir: dir, persistent: false, web: false, quiet: true });
  project.provide('dynamoEndpoint', stack.dynamoEndpoint);
  project.provide('s3Endpoint', stack.s3Endpoint);
  contractDir = mkdtempSync(join(tmpdir(), 'trellis-contract-'));
  project.provide('contractDir', contractDir);
  runProject = project;
}

/**
 * Whether this run is the whole int project (every test file, no name filter): only then
 * must every route have had a checked happy path; a targeted run checks only what it ran
 * (TRELLIS_CONTRACT_ENFORCE=1 enforces it anyway, to see the check fail).
 */
async function wholeProjectRan(project: TestProject): Promise<boolean> {
  if (process.env.TRELLIS_CONTRACT_ENFORCE === '1') return true;
  if (project.config.testNamePattern) return false;
  const all = (await project.globTestFiles()).testFiles;
  const ran = new Set(project.vitest.state.getFiles().filter((f) => f.projectName === project.name).map((f) => f.filepath));
  return all.every((file) => ran.has(file));
}

export async function teardown(): Promise<void> {
  try {
    await stack?.stop();
    if (dir) rmSync(dir, { recursive: true, force: true });
  } finally {
    if (contractDir && runProject) await checkEveryHappyPath(runProject, contractDir);
  }
}

/** Fails the run (vitest exits non-zero on a teardown error) if a route never answered a checked 2xx. */
async function checkEveryHappyPath(project: TestProject, logDir: string): Promise<void> {
  const checked = readHappyPaths(logDir);
  rmSync(logDir, { recursive: true, force: true });
  if (!(await wholeProjectRan(project))) return;
  const missing = missingHappyPaths(ROUTES, checked);
  if (missing.length) {
    throw new Error(`contract: ${missing.length} route(s) never had a happy path parsed with their output schema: ${missing.join(', ')}`);
  }
}
