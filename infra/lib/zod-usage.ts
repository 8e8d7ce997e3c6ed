import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { repoRoot } from './paths';

/** Where the code that the Lambdas bundle imports zod from (the web server's included). */
export const ZOD_SOURCE_ROOTS = ['shared/src', 'functions/src', 'web/src', 'infra/web-lambda'].map((dir) => join(repoRoot, dir));

const SOURCE_FILE = /\.(ts|svelte|js)$/;
const ZOD_IMPORT = /import\s+(type\s+)?([^'";]*?)\s+from\s+['"]zod(\/[^'"]*)?['"]/g;

function* sourceFiles(dir: string): Generator<string> {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.name === 'node_modules' || entry.name.startsWith('.')) continue;
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* sourceFiles(path);
    else if (SOURCE_FILE.test(entry.name)) yield path;
  }
}

/**
 * The members of `z` the app's sources name (`z.object`, `z.infer`, ...), a superset of what
 * any bundle reads at run time. Throws when a file imports zod in any other way than
 * `import { z } from 'zod'` (or a type import): the bundles' `z` holds only these members
 * (bundle-trims.ts), so a renamed or namespace import would go unseen.
 */
export function zodMembersUsed(roots: readonly string[] = ZOD_SOURCE_ROOTS): Set<string> {
  const used = new Set<string>();
  for (const root of roots) {
    for (const file of sourceFiles(root)) {
      const text = readFileSync(file, 'utf8');
      for (const [, typeOnly, clause, subpath] of text.matchAll(ZOD_IMPORT)) {
        if (!typeOnly && (subpath || clause?.replace(/\s/g, '') !== '{z}')) {
          throw new Error(`${file}: import zod as \`import { z } from 'zod'\` (the Lambda bundles see only z.<member>, infra/lib/zod-usage.ts)`);
        }
      }
      if (/[=(,:?]\s*z\s*[),;}\]]/.test(text)) {
        throw new Error(`${file}: \`z\` is passed or assigned whole; use z.<member> (the Lambda bundles see only the members named, infra/lib/zod-usage.ts)`);
      }
      for (const [, member] of text.matchAll(/\bz\s*\.\s*([A-Za-z_$][\w$]*)/g)) used.add(member!);
    }
  }
  return used;
}
