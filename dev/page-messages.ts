import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { repoRoot } from '../infra/lib/paths';

/**
 * What each page of the web app translates, read from its sources (no build): the page, its
 * layouts and every module they import (followed through `$lib`/`#lib`, relative and
 * `@trellis/shared` imports; server-only modules are not followed, the page's own +page.server.ts
 * is read). A string literal equal to a message key counts as used; a template literal
 * `prefix.${...}` uses every key starting with `prefix.`. The API routes a page's server load
 * and actions call (`api('reporting.saveReport', ...)`) tell which capabilities' codes it may show.
 */
export interface PageSources {
  /** Route id as SvelteKit writes it (`/w/orgs/[orgId]`). */
  readonly id: string;
  readonly files: string[];
  readonly literals: Set<string>;
  readonly prefixes: Set<string>;
  /** API route ids called from the page's +page.server.ts (and its layouts'). */
  readonly apiCalls: Set<string>;
}

const ROUTES_DIR = join(repoRoot, 'web/src/routes');
const LIB_DIR = join(repoRoot, 'web/src/lib');
const SHARED_DIR = join(repoRoot, 'shared/src');

const LITERAL = /(['"])([a-zA-Z][\w-]*(?:\.[\w-]+)+)\1|`([a-zA-Z][\w-]*(?:\.[\w-]+)+)`/g;
const PREFIX = /`([a-zA-Z][\w-]*(?:\.[\w-]+)*\.)\$\{/g;
const IMPORT = /(?:from|import)\s*['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/g;
const API_CALL = /\bapi\(\s*['"]([a-zA-Z]+\.[a-zA-Z]+)['"]/g;

function withoutComments(source: string): string {
  return source.replace(/\/\*[\s\S]*?\*\//g, '').replace(/<!--[\s\S]*?-->/g, '').replace(/(^|[^:'"\\`])\/\/.*$/gm, '$1');
}

function resolveImport(from: string, spec: string): string | undefined {
  let base: string;
  if (spec.startsWith('$lib/')) base = join(LIB_DIR, spec.slice(5));
  else if (spec.startsWith('#lib/')) base = join(LIB_DIR, spec.slice(5));
  else if (spec.startsWith('@trellis/shared/')) base = join(SHARED_DIR, spec.slice(16));
  else if (spec.startsWith('.')) base = resolve(dirname(from), spec);
  else return undefined;
  for (const candidate of [base, `${base}.ts`, `${base}.svelte`, join(base, 'index.ts')]) {
    if (existsSync(candidate) && candidate.match(/\.(ts|svelte)$/)) return candidate;
  }
  return undefined;
}

/** Not followed: server-only modules and the catalogues themselves (they hold every key). */
const notFollowed = (file: string) => /\.server\.ts$|\/lib\/server\/|\/lib\/i18n\/(zh|en)\//.test(file);

function pageDirs(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? pageDirs(join(dir, entry.name)) : entry.name === '+page.svelte' ? [dir] : [],
  );
}

export function pageSources(): PageSources[] {
  return pageDirs(ROUTES_DIR).map((dir) => {
    const rel = relative(ROUTES_DIR, dir);
    const id = rel === '' ? '/' : `/${rel.split('\\').join('/')}`;
    const chain: string[] = [];
    for (let d = dir; d.startsWith(ROUTES_DIR); d = dirname(d)) {
      chain.push(d);
      if (d === ROUTES_DIR) break;
    }
    const roots = chain.flatMap((d) => ['+page.svelte', '+page.ts', '+page.server.ts', '+layout.svelte', '+layout.ts', '+layout.server.ts', '+error.svelte']
      .filter((name) => d === dir || !name.startsWith('+page'))
      .map((name) => join(d, name))
      .filter((path) => existsSync(path)));
    const files = new Set<string>();
    const literals = new Set<string>();
    const prefixes = new Set<string>();
    const apiCalls = new Set<string>();
    const visit = (file: string, root: boolean) => {
      if (files.has(file)) return;
      files.add(file);
      const source = withoutComments(readFileSync(file, 'utf8'));
      for (const m of source.matchAll(LITERAL)) literals.add((m[2] ?? m[3])!);
      for (const m of source.matchAll(PREFIX)) prefixes.add(m[1]!);
      if (root) for (const m of source.matchAll(API_CALL)) apiCalls.add(m[1]!);
      if (notFollowed(file) && !root) return;
      if (file.endsWith('.server.ts')) return;
      for (const m of source.matchAll(IMPORT)) {
        const target = resolveImport(file, (m[1] ?? m[2])!);
        if (target && !(notFollowed(target) && !target.endsWith('.server.ts'))) visit(target, false);
      }
    };
    for (const file of roots) visit(file, true);
    return { id, files: [...files].map((f) => relative(repoRoot, f)), literals, prefixes, apiCalls };
  });
}
