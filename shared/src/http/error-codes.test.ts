import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { zh, zhParts } from '../../../web/src/lib/i18n/zh/index';
import { en, enParts } from '../../../web/src/lib/i18n/en/index';
import { ACTIONS } from '../access/roles';
import { SMS_TEMPLATES } from '../notify/sms-templates';
import { ERROR_CODES } from './error-codes';
import { ROUTES } from './routes';
import { SYSTEM_EVENTS } from '../inbox/system-message';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));

/**
 * Dotted literals in the scanned sources that are not codes the API answers, with the reason.
 * Route ids, policy actions, SMS template ids and inbox system events are recognised from their own declarations.
 */
const NOT_API_CODES: Record<string, string> = {
  'total.all': 'a notice statistics counter key (notices/publish.ts)',
  'budget.exhausted': 'an outbox message failure reason, stored, never answered (notify/send-outbox.ts)',
  'delivery.already_marked': 'an internal conflict the delivery store catches itself',
};

const NOT_CODES = new Set<string>([
  ...ROUTES.map((row) => row.id),
  ...Object.keys(ACTIONS),
  ...Object.keys(SMS_TEMPLATES),
  ...SYSTEM_EVENTS,
  ...Object.keys(NOT_API_CODES),
]);

/** Dotted string literals (`'org.exists'`, `'siteItem.changed'`): thrown codes, field codes, zod messages. */
const DOTTED = /(['"])([a-z][a-zA-Z_]*(?:\.[a-zA-Z_]+)+)\1/g;
/** Undotted codes where a code is written: `new NotFound('x')`, `code: 'x'`, `code = 'x'` (not `new Error('x')`). */
const UNDOTTED = /(?:new (?!(?:Error|TypeError|RangeError)\()[A-Z]\w*\(\s*|\bcode\s*[:=]\s*)(['"])([a-z][a-z_]*)\1/g;
/** File names (`'index.html'`, `'roster.xlsx'`) look dotted but are not codes. */
const FILE_NAME = /\.(?:html|json|js|ts|css|txt|csv|pdf|png|jpe?g|gif|webp|svg|docx?|xlsx?|pptx?|mp4|webm|mov)$/;

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return entry.name.endsWith('.ts') && !entry.name.endsWith('.test.ts') ? [path] : [];
  });
}

function withoutComments(source: string): string {
  return source.replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|[^:'"\\])\/\/.*$/gm, '$1');
}

/** Every code-like literal in functions/src and shared/src (non-test files), with where it is. */
function scannedCodes(): Map<string, string> {
  const found = new Map<string, string>();
  for (const file of [...sourceFiles(join(ROOT, 'functions/src')), ...sourceFiles(join(ROOT, 'shared/src'))]) {
    const source = withoutComments(readFileSync(file, 'utf8'));
    for (const match of [...source.matchAll(DOTTED), ...source.matchAll(UNDOTTED)]) {
      const code = match[2] as string;
      if (!NOT_CODES.has(code) && !FILE_NAME.test(code) && !found.has(code)) found.set(code, relative(ROOT, file));
    }
  }
  return found;
}

describe('error codes', () => {
  const declared = new Set<string>(ERROR_CODES);

  it('declares every code thrown or used as a zod message in functions/src and shared/src', () => {
    const undeclared = [...scannedCodes()].filter(([code]) => !declared.has(code)).map(([code, file]) => `${code} (${file})`);
    expect(undeclared).toEqual([]);
  });

  it('finds the codes in the sources (the scan sees throws, field codes and zod messages)', () => {
    const scanned = scannedCodes();
    for (const code of ['org.exists', 'member.exists', 'siteItem.changed', 'q.too_short', 'password.too_short', 'report.locked', 'not_found', 'internal']) {
      expect(scanned.has(code), code).toBe(true);
    }
  });

  it('has a Chinese and an English message for every declared code', () => {
    const zhCodes: Record<string, string> = zh.codes;
    const enCodes: Record<string, string> = en.codes;
    expect([...declared].filter((code) => !zhCodes[code]?.trim())).toEqual([]);
    expect([...declared].filter((code) => !enCodes[code]?.trim())).toEqual([]);
  });

  it('gives the declared codes messages of their own (none falls back to the generic message)', () => {
    const zhCodes: Record<string, string> = zh.codes;
    const generic = zhCodes['error.generic'];
    expect([...declared].filter((code) => zhCodes[code] === generic)).toEqual([]);
  });
});

describe('catalogues', () => {
  const keysOf = (parts: readonly { messages: object; codes: object }[], side: 'messages' | 'codes') =>
    parts.flatMap((part) => Object.keys(part[side]));

  it('holds each key in one capability file only', () => {
    for (const parts of [zhParts, enParts]) {
      for (const side of ['messages', 'codes'] as const) {
        const keys = keysOf(parts, side);
        expect(keys.filter((key, i) => keys.indexOf(key) !== i)).toEqual([]);
      }
    }
  });

  it('has the same keys in both locales, file by file', () => {
    zhParts.forEach((part, i) => {
      const other = enParts[i] as (typeof enParts)[number];
      expect(Object.keys(other.messages).sort()).toEqual(Object.keys(part.messages).sort());
      expect(Object.keys(other.codes).sort()).toEqual(Object.keys(part.codes).sort());
    });
  });
});
