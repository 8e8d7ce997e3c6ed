import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot } from '../infra/lib/paths';
import { ROUTES } from '../shared/src/http/routes';
import { httpErrorCodes } from '../shared/src/http/error-codes';
import { zhParts } from '../web/src/lib/i18n/zh/index';
import { enParts } from '../web/src/lib/i18n/en/index';
import { PARTS, type Part } from '../web/src/lib/i18n/parts';
import { partsFor } from '../web/src/lib/i18n/route-parts';
import { pageSources } from './page-messages';

/**
 * Every page loads the catalogue parts it translates with (web/src/lib/i18n/route-parts.ts): a key
 * its sources use, or a code the API calls of its actions may answer, in a part it does not load
 * would render as the raw key. zhParts is in PARTS order (the en files have the same keys).
 */
const partOfMessage = new Map<string, Part>();
const partOfCode = new Map<string, Part>();
zhParts.forEach((piece, index) => {
  for (const key of Object.keys(piece.messages)) partOfMessage.set(key, PARTS[index]!);
  for (const code of Object.keys(piece.codes)) partOfCode.set(code, PARTS[index]!);
});

/** The codes a capability's routes may answer (shared/src/<capability>/error-codes.ts). */
async function capabilityCodes(routeId: string): Promise<string[]> {
  const row = ROUTES.find((r) => r.id === routeId);
  if (!row) throw new Error(`no API route ${routeId}`);
  const file = join(repoRoot, 'shared/src', row.entry.split('/')[0]!, 'error-codes.ts');
  if (!existsSync(file)) return [];
  const module = (await import(file)) as Record<string, unknown>;
  return Object.values(module).flatMap((value) => (Array.isArray(value) ? (value as string[]) : []));
}

/** API route ids called after `export const actions` in a page's +page.server.ts (what a form may show). */
function actionCalls(files: string[]): string[] {
  const server = files.find((file) => file.endsWith('+page.server.ts'));
  if (!server) return [];
  const source = readFileSync(join(repoRoot, server), 'utf8');
  const actions = source.indexOf('export const actions');
  return actions < 0 ? [] : [...source.slice(actions).matchAll(/\bapi\(\s*['"]([a-zA-Z]+\.[a-zA-Z]+)['"]/g)].map((m) => m[1]!);
}

describe('catalogue parts per route', () => {
  const pages = pageSources();

  it('reads every page and what it translates', () => {
    expect(pages.length).toBeGreaterThan(50);
    const reports = pages.find((page) => page.id === '/w/reports/[roundId]/org/[orgId]')!;
    expect(reports.literals.has('nav.skip')).toBe(true);
    expect([...reports.literals].filter((key) => partOfMessage.get(key) === 'report-form').length).toBeGreaterThan(50);
  });

  it('loads the part of every message key a page uses', () => {
    const missing = pages.flatMap((page) => {
      const loaded = new Set<Part>(['common', ...partsFor(page.id)]);
      const used = [...page.literals].filter((key) => partOfMessage.has(key));
      for (const prefix of page.prefixes) used.push(...[...partOfMessage.keys()].filter((key) => key.startsWith(prefix)));
      return used.filter((key) => !loaded.has(partOfMessage.get(key)!)).map((key) => `${page.id}: ${key} (${partOfMessage.get(key)})`);
    });
    expect([...new Set(missing)]).toEqual([]);
  });

  it('loads the part of every code its actions\' API calls may answer', async () => {
    const missing: string[] = [];
    for (const page of pages) {
      const loaded = new Set<Part>(['common', ...partsFor(page.id)]);
      for (const call of new Set(actionCalls(page.files))) {
        for (const code of await capabilityCodes(call)) {
          const part = partOfCode.get(code);
          if (part && !loaded.has(part)) missing.push(`${page.id}: ${code} (${part}, from ${call})`);
        }
      }
    }
    expect([...new Set(missing)]).toEqual([]);
  });

  it('lists the parts in the order of zhParts and enParts (each part is its own file)', async () => {
    for (const [index, part] of PARTS.entries()) {
      for (const [lang, pieces] of [['zh', zhParts], ['en', enParts]] as const) {
        const file = (await import(join(repoRoot, 'web/src/lib/i18n', lang, `${part}.ts`))) as Record<string, unknown>;
        expect(Object.values(file), `${lang}/${part}.ts`).toEqual([pieces[index]]);
      }
    }
    expect(zhParts.length).toBe(PARTS.length);
  });

  it('keeps the generic HTTP codes in common', () => {
    expect(httpErrorCodes.filter((code) => partOfCode.get(code) !== 'common')).toEqual([]);
  });

  it('gives a 404 and unknown routes common only', () => {
    expect(partsFor(null)).toEqual([]);
    expect(partsFor('/nowhere')).toEqual([]);
    expect(partsFor('/w/reports/new')).toEqual(['reporting', 'labels']);
  });
});
