import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Plugin } from 'esbuild';
import { zodMembersUsed } from './zod-usage';

/**
 * What the Lambda bundles leave out of their dependencies: code the app never runs that
 * esbuild cannot drop by itself (a namespace object it keeps whole, a CommonJS `require` of
 * a whole package). Each stand-in throws a clear error if it is ever reached, so a new use
 * fails loudly rather than quietly.
 */

const leftOutError = (what: string) =>
  JSON.stringify(`${what} is left out of the Lambda bundles (infra/lib/bundle-trims.ts)`);

/** Run-time names of an ES module, read by importing it in the process that bundles. */
async function exportNames(file: string): Promise<string[]> {
  const mod = (await import(pathToFileURL(file).href)) as Record<string, unknown>;
  return Object.keys(mod).filter((name) => name !== 'default');
}

/** Never in the bundles' `z`, even if a source names them: only synth, dev tools and tests use them. */
export const ZOD_LEFT_OUT = ['locales', 'core', 'compile', 'fromJSONSchema', 'toJSONSchema'] as const;

/**
 * zod's entry binds `z` to a namespace of everything zod exports. Rollup shakes it; esbuild
 * keeps it whole, and with it every translated message (`z.locales`, 264 KB minified), the
 * schema compiler, the JSON Schema converters and every schema kind the app never builds.
 * Here `z` is a frozen object of the run-time exports the app's sources name (zod-usage.ts),
 * less ZOD_LEFT_OUT; any other member throws when read. English messages stay (zod's classic
 * API configures them on load); the app's field errors carry its own codes anyway
 * (shared/src/http/field-errors.ts).
 */
function zodEntry(path: string, names: readonly string[], used: ReadonlySet<string>): string {
  const kept = names.filter((name) => used.has(name) && !(ZOD_LEFT_OUT as readonly string[]).includes(name));
  const missing = [...ZOD_LEFT_OUT, ...names.filter((name) => !used.has(name))];
  const imports = kept.map((name, i) => `${name} as $${i}`).join(', ');
  const members = kept.map((name, i) => `${JSON.stringify(name)}: $${i}`).join(', ');
  const getters = [...new Set(missing)].map((name) => `${JSON.stringify(name)}: leftOut(${JSON.stringify(name)})`);
  return `// ${path}, as bundled (infra/lib/bundle-trims.ts)
import { ${imports} } from "./v4/classic/external.js";
const leftOut = (name) => ({ get() { throw new Error("z." + name + ${leftOutError('')}); } });
export * from "./v4/classic/external.js";
const z = Object.freeze(Object.defineProperties({ ${members} }, { ${getters.join(', ')} }));
export { z, z as default };
`;
}

/** Exports of zod's JSON Schema modules the rest of zod calls outside conversion (bounds of a number). */
const ZOD_JSON_SCHEMA_KEPT = ['aggregateChecks'];

/**
 * zod's JSON Schema conversion (`schema.toJSONSchema()`, `~standard.jsonSchema`): every
 * schema gets the methods when it is built, none is called outside synth and tests. The
 * `create*Method` factories return a method that throws; every other export throws if called,
 * except ZOD_JSON_SCHEMA_KEPT, re-exported from the real module.
 */
function zodJsonSchemaModule(path: string, names: readonly string[]): string {
  const kept = names.filter((name) => ZOD_JSON_SCHEMA_KEPT.includes(name));
  const lines = names.filter((name) => !kept.includes(name)).map((name) =>
    /^create.*Method$/.test(name) ? `export const ${name} = () => unavailable;` : `export const ${name} = unavailable;`,
  );
  return `// ${path}, as bundled (infra/lib/bundle-trims.ts)
${kept.length ? `export { ${kept.join(', ')} } from ${JSON.stringify(`${path}?real`)};` : ''}
const unavailable = () => { throw new Error(${leftOutError('JSON Schema conversion')}); };
${lines.join('\n')}
`;
}

/** Packages required by sanitize-html and launder whose code our sanitizer options never reach. */
const STAND_INS: Readonly<Record<string, { importer: RegExp; contents: (realEntry: string) => string }>> = {
  // Only for style attributes (`allowedStyles`); functions/src/notices/sanitize.ts allows none.
  postcss: {
    importer: /[\\/]sanitize-html[\\/]/,
    contents: () => `module.exports = { parse() { throw new Error(${leftOutError('postcss (style attributes)')}); } };`,
  },
  // launder's date helpers; sanitize-html calls only its naughtyHref.
  dayjs: {
    importer: /[\\/]launder[\\/]/,
    contents: () => `module.exports = function dayjs() { throw new Error(${leftOutError('dayjs')}); };`,
  },
  // sanitize-html uses only the streaming Parser, not the DOM helpers the package index re-exports.
  htmlparser2: {
    importer: /[\\/]sanitize-html[\\/]/,
    contents: (realEntry) => `export { Parser } from ${JSON.stringify(join(dirname(realEntry), 'Parser.js'))};`,
  },
};

export const bundleTrims: Plugin = {
  name: 'trellis-bundle-trims',
  setup(build) {
    let used: Set<string> | undefined;
    build.onLoad({ filter: /[\\/]node_modules[\\/]zod[\\/]index\.js$/ }, async (args) => ({
      contents: zodEntry(args.path, await exportNames(join(dirname(args.path), 'v4/classic/external.js')), (used ??= zodMembersUsed())),
      loader: 'js',
      resolveDir: dirname(args.path),
    }));
    build.onLoad({ filter: /[\\/]node_modules[\\/]zod[\\/]v4[\\/]core[\\/](to-json-schema|json-schema-processors)\.js$/ }, async (args) =>
      args.suffix === '?real'
        ? undefined
        : { contents: zodJsonSchemaModule(args.path, await exportNames(args.path)), loader: 'js', resolveDir: dirname(args.path) });
    build.onResolve({ filter: /^(postcss|dayjs|htmlparser2)$/ }, async (args) => {
      const standIn = STAND_INS[args.path];
      if (!standIn || !standIn.importer.test(args.importer) || args.pluginData === 'real') return undefined;
      const real = await build.resolve(args.path, { kind: args.kind, resolveDir: args.resolveDir, pluginData: 'real' });
      if (real.errors.length) return { errors: real.errors };
      return { path: real.path, namespace: 'trellis-stand-in', pluginData: args.path };
    });
    build.onLoad({ filter: /.*/, namespace: 'trellis-stand-in' }, (args) => ({
      contents: STAND_INS[args.pluginData as string]!.contents(args.path),
      loader: 'js',
      resolveDir: dirname(args.path),
    }));
  },
};
