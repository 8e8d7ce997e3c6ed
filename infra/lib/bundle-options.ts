import { join } from 'node:path';
import type { BuildOptions } from 'esbuild';
import { bundleTrims } from './bundle-trims';
import { runtimeSdk } from './runtime-sdk';

/**
 * The one set of esbuild options every Lambda of the app is bundled with. `cdk synth`
 * (through `lambda-bundle.ts`), the bundle-size test and `npm run bench:bundles` all build
 * from here, so what is measured is exactly what deploys.
 *
 * - ESM (`index.mjs`): the sources and their dependencies (middy, zod) are ESM and top-level
 *   await must keep working; the banner gives bundled CommonJS code a `require` for built-ins.
 * - The AWS SDK v3 (`@aws-sdk/*` and its `@smithy/*` parts) is NOT bundled: the Lambda
 *   Node.js 22 runtime ships it, and the bundle `require`s it (runtime-sdk.ts; README,
 *   "Lambda bundles").
 * - Code of dependencies the app never runs (zod's locales, sanitize-html's postcss) is left
 *   out (bundle-trims.ts).
 */
export const LAMBDA_BANNER = "import { createRequire } from 'node:module'; const require = createRequire(import.meta.url);";

/** The bundle file Lambda loads: handler `index.handler`. */
export const LAMBDA_BUNDLE_FILE = 'index.mjs';

export interface LambdaBundleInput {
  /** Absolute path of the module that exports `handler`. */
  readonly entry: string;
  /** Directory the bundle (`index.mjs` + map) is written to. */
  readonly outdir: string;
  /** esbuild aliases, e.g. `trellis-web-build` -> the adapter-node build for the web server. */
  readonly alias?: Readonly<Record<string, string>>;
}

export function lambdaBuildOptions(input: LambdaBundleInput): BuildOptions & { metafile: true } {
  return {
    entryPoints: [input.entry],
    outfile: join(input.outdir, LAMBDA_BUNDLE_FILE),
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node22',
    mainFields: ['module', 'main'],
    minify: true,
    sourcemap: true,
    sourcesContent: false,
    legalComments: 'none',
    logLevel: 'warning',
    banner: { js: LAMBDA_BANNER },
    alias: { ...input.alias },
    plugins: [runtimeSdk, bundleTrims],
    metafile: true,
  };
}
