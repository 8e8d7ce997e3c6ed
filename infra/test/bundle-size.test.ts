import { mkdirSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LAMBDA_BUNDLE_FILE, lambdaBuildOptions } from '../lib/bundle-options';
import { BUNDLE_BUDGET, lambdaEntries, type LambdaEntry } from '../lib/lambda-entries';
import { repoRoot } from '../lib/paths';
import { freshWebBuild } from '../lib/web-build';

/**
 * Issue 13's bundle budgets, on the bytes that deploy: every Lambda entry the stack has
 * (lambda-entries.ts) bundled with the options `cdk synth` uses (bundle-options.ts), the web
 * server over the real production build of web/ (rebuilt when stale). The bundles are written
 * under cdk.out/ so that, as in Lambda, the AWS SDK they leave out resolves (from node_modules).
 */
describe('bundle sizes', () => {
  const outdir = join(repoRoot, 'cdk.out', `.bundle-size-${process.pid}`);
  let entries: LambdaEntry[] = [];
  const sizes = new Map<string, number>();

  beforeAll(async () => {
    mkdirSync(outdir, { recursive: true });
    entries = lambdaEntries(freshWebBuild(), join(outdir, 'entries'));
    for (const entry of entries) {
      const dir = join(outdir, entry.name);
      await build(lambdaBuildOptions({ entry: entry.entry, outdir: dir, alias: entry.alias }));
      sizes.set(entry.name, statSync(join(dir, LAMBDA_BUNDLE_FILE)).size);
    }
  }, 240_000);
  afterAll(() => rmSync(outdir, { recursive: true, force: true }));

  it('covers every API, worker and job Lambda and the web server (17 today)', () => {
    expect(entries.filter((e) => e.kind === 'web').map((e) => e.name)).toEqual(['web']);
    expect(entries.length).toBeGreaterThanOrEqual(17);
  });

  it('keeps each API, worker and job bundle at most 250,000 bytes and the web server at most 1,000,000', () => {
    const over = entries
      .filter((e) => sizes.get(e.name)! > BUNDLE_BUDGET[e.kind])
      .map((e) => `${e.name}: ${sizes.get(e.name)} > ${BUNDLE_BUDGET[e.kind]}`);
    expect(over).toEqual([]);
  });

  it('loads every bundle as Lambda would (the trimmed zod and stand-ins are not reached on import)', async () => {
    for (const entry of entries) {
      const mod = (await import(pathToFileURL(join(outdir, entry.name, LAMBDA_BUNDLE_FILE)).href)) as { handler?: unknown };
      expect(typeof mod.handler, entry.name).toBe('function');
    }
  });
});
