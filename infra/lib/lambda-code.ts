import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { AssetHashType, DockerImage } from 'aws-cdk-lib';
import { Code } from 'aws-cdk-lib/aws-lambda';
import type { LambdaBundleInput } from './bundle-options';
import { repoRoot } from './paths';

/** The script `cdk synth` runs (through tsx) to bundle one Lambda with the shared esbuild options. */
export const BUNDLE_SCRIPT = join(repoRoot, 'infra/bundle/bundle-lambda.ts');

/**
 * A Lambda's code: its entry bundled by esbuild's API with `lambdaBuildOptions` (bundle-options.ts,
 * esbuild plugins included, which NodejsFunction's command-line bundling cannot take) into the
 * asset directory, hashed by output. CDK's bundling is synchronous, so the build runs in a child
 * Node process; Docker is never used. Skipped like any bundling when the stack is not in
 * `aws:cdk:bundling-stacks` (the template tests).
 */
export function lambdaCode(entry: string, alias?: Readonly<Record<string, string>>): Code {
  // Checked at synth even when bundling is skipped, as NodejsFunction did.
  if (!existsSync(entry)) throw new Error(`Lambda entry ${entry} not found`);
  return Code.fromAsset(repoRoot, {
    assetHashType: AssetHashType.OUTPUT,
    bundling: {
      image: DockerImage.fromRegistry('trellis/no-docker-bundling'),
      // Not run (local bundling always succeeds or throws); it names the entry, so each function's
      // bundling options, and with them its asset cache key, differ.
      command: ['bundle-lambda', entry, JSON.stringify(alias ?? {})],
      local: {
        tryBundle(outputDir: string): boolean {
          const input: LambdaBundleInput = { entry, outdir: outputDir, alias };
          const result = spawnSync(process.execPath, ['--import', 'tsx', BUNDLE_SCRIPT, JSON.stringify(input)], {
            cwd: repoRoot,
            stdio: ['ignore', 'inherit', 'inherit'],
          });
          if (result.status !== 0) throw new Error(`bundling ${entry} failed (${result.error?.message ?? `exit ${result.status}`})`);
          return true;
        },
      },
    },
  });
}
