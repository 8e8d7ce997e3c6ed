import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot } from '../lib/paths';
import { pathPatternMatches, XLSX_PATH_PATTERNS } from '../lib/web-heavy-routes';

const webSrc = join(repoRoot, 'web/src');
const routesDir = join(webSrc, 'routes');

function* files(dir: string): Generator<string> {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* files(path);
    else if (/\.(ts|svelte)$/.test(entry.name)) yield path;
  }
}

/** The web/src files a module imports at run time (`$lib/`, `#lib/` and relative specifiers, resolved). */
function importsOf(file: string, text: string): string[] {
  return [...text.matchAll(/^import (?!type)[^;]*?from '([^']+)'/gm)].flatMap(([, spec]) => {
    const base = spec!.startsWith('$lib/') || spec!.startsWith('#lib/') ? join(webSrc, 'lib', spec!.slice(5))
      : spec!.startsWith('.') ? join(dirname(file), spec!) : undefined;
    return base ? [base.replace(/\.(ts|js)$/, '') + '.ts'] : [];
  });
}

/** Modules of web/src that import exceljs, directly or through another such module. */
function excelModules(all: readonly { file: string; text: string }[]): Set<string> {
  const heavy = new Set(all.filter(({ text }) => /^import (?!type)[^;]*from 'exceljs'/m.test(text)).map(({ file }) => file));
  for (let grew = true; grew;) {
    grew = false;
    for (const { file, text } of all) {
      if (!heavy.has(file) && importsOf(file, text).some((dep) => heavy.has(dep))) {
        heavy.add(file);
        grew = true;
      }
    }
  }
  return heavy;
}

/** `web/src/routes/w/orgs/[orgId]/members/export.xlsx` -> `/w/orgs/x/members/export.xlsx` (no groups). */
const samplePath = (routeDir: string) =>
  `/${relative(routesDir, routeDir).split('/').filter((s) => !/^\(.*\)$/.test(s)).map((s) => s.replace(/\[[^\]]+\]/g, 'x')).join('/')}`;

describe('web heavy routes', () => {
  it('routes every page or endpoint that uses an Excel module to the xlsx server', () => {
    const all = [...files(webSrc)].map((file) => ({ file, text: readFileSync(file, 'utf8') }));
    const heavy = excelModules(all);
    const uncovered: string[] = [];
    const checked: string[] = [];
    for (const file of heavy) {
      if (!file.startsWith(routesDir) || !/[\\/]\+(page|layout|server|page\.server|layout\.server)\.ts$/.test(file)) continue;
      const path = samplePath(dirname(file));
      checked.push(path);
      if (!XLSX_PATH_PATTERNS.some((pattern) => pathPatternMatches(pattern, path))) uncovered.push(path);
    }
    expect(uncovered).toEqual([]);
    // The seven Excel routes of today (exports, templates, the two imports) are all found.
    expect(checked.length).toBeGreaterThanOrEqual(7);
  });

  it('matches CloudFront path patterns as CloudFront does (* spans slashes)', () => {
    expect(pathPatternMatches('/w/orgs/*/accounts/import*', '/w/orgs/a/accounts/import/template.xlsx')).toBe(true);
    expect(pathPatternMatches('/w/reports/*/org/*', '/w/reports/r1/org/o1/__data.json')).toBe(true);
    expect(pathPatternMatches('/w/orgs/*/members/export.xlsx', '/w/orgs/a/members')).toBe(false);
  });
});
