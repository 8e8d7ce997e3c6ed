import type { Plugin } from 'esbuild';

/** The packages the Lambda Node.js runtime provides (its AWS SDK v3 and the Smithy parts under it). */
export const RUNTIME_PROVIDED = /^@(aws-sdk|smithy)\//;

/**
 * Leaves the AWS SDK out of the bundles and loads the runtime's copy with `require`, not
 * `import`: an ES import of an SDK client loads its `dist-es` tree file by file, while
 * `require` loads the one-file `dist-cjs` build, 2–4 times faster here (orgs bundle: 367 ms
 * imported, see BENCHMARKS.md for the figures with require). Each SDK import becomes a tiny
 * CommonJS module `module.exports = require('<package>')`; esbuild's interop gives the
 * bundle its named exports, and the `require` comes from the bundle banner (createRequire).
 */
export const runtimeSdk: Plugin = {
  name: 'trellis-runtime-sdk',
  setup(build) {
    build.onResolve({ filter: RUNTIME_PROVIDED }, (args) =>
      args.namespace === 'trellis-runtime-sdk'
        ? { path: args.path, external: true }
        : { path: args.path, namespace: 'trellis-runtime-sdk' },
    );
    build.onLoad({ filter: /.*/, namespace: 'trellis-runtime-sdk' }, (args) => ({
      contents: `module.exports = require(${JSON.stringify(args.path)});`,
      loader: 'js',
    }));
  },
};
