import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CLOSED_UPLOAD_CODES, CLOSING_CODES, REFUSED_CONTENT_CODES } from '@trellis/shared/uploads/closing-codes';
import { en } from '../../../web/src/lib/i18n/en/index';
import { zh } from '../../../web/src/lib/i18n/zh/index';

/**
 * The browser drops an open upload on exactly CLOSING_CODES (web/src/lib/uploads/upload-types.ts
 * re-exports the shared set). This reads the server's upload code and enumerates every code it
 * answers when it closes an upload, so a new one cannot be missed on either side.
 */
const root = join(import.meta.dirname, '..', '..', '..');
const uploadsDir = join(root, 'functions', 'src', 'uploads');

function sources(dir: string): { path: string; text: string }[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && e.name.endsWith('.ts') && !e.name.endsWith('.test.ts'))
    .map((e) => join(e.parentPath, e.name))
    .map((path) => ({ path, text: readFileSync(path, 'utf8') }));
}

const server = [...sources(uploadsDir), ...['upload-store.ts'].map((f) => join(root, 'functions', 'src', 'adapters', 'dynamodb', 'upload', f))
  .map((path) => ({ path, text: readFileSync(path, 'utf8') }))];

const matches = (re: RegExp) => server.flatMap(({ text }) => [...text.matchAll(re)].map((m) => m[1] as string));

describe('codes that close an upload', () => {
  const refused = matches(/refuse\(\s*upload\s*,\s*'[^']+'\s*,\s*'([^']+)'/g);
  const closed = [...matches(/closedUpload\(\s*'([^']+)'/g), ...matches(/new Conflict\(\s*'([^']+)'/g)];

  it('lists every code the server answers after closing an upload', () => {
    expect(refused.length).toBeGreaterThan(0);
    expect(closed.length).toBeGreaterThan(0);
    for (const code of [...refused, ...closed]) expect(CLOSING_CODES.has(code), code).toBe(true);
  });

  it('lists no code the server never answers', () => {
    expect(new Set(refused)).toEqual(new Set(REFUSED_CONTENT_CODES));
    expect(new Set(closed)).toEqual(new Set(CLOSED_UPLOAD_CODES));
    expect(CLOSING_CODES.has('upload.too_narrow')).toBe(true);
  });

  it('is the very set the browser uploader closes on', () => {
    const types = readFileSync(join(root, 'web', 'src', 'lib', 'uploads', 'upload-types.ts'), 'utf8');
    expect(types).toMatch(/export \{ CLOSING_CODES \} from '@trellis\/shared\/uploads\/closing-codes'/);
    expect(types).not.toMatch(/CLOSING_CODES = /);
  });

  it('has a Chinese and an English message for each', () => {
    for (const code of CLOSING_CODES) {
      expect(/[\u4e00-\u9fff]/.test(zh.codes[code as keyof typeof zh.codes] ?? ''), `${code} zh`).toBe(true);
      expect(/^[\x20-\x7e’]+$/.test(en.codes[code as keyof typeof en.codes] ?? ''), `${code} en`).toBe(true);
    }
  });
});
