import type { Catalogue } from './catalogue';
import type { Lang } from './lang';
import type { Part } from './parts';

interface Piece {
  messages: object;
  codes: object;
}

/**
 * Every part file of both locales, each imported on demand as its own chunk: a page's JavaScript
 * carries only the active locale and the parts its route needs. Each file exports one catalogue
 * piece (`zhOrgs`, `enOrgs`...); the index files (every part merged) are left out.
 */
const FILES = import.meta.glob<Record<string, Piece>>(['./zh/*.ts', './en/*.ts', '!./*/index.ts']);

async function loadPart(lang: Lang, part: Part): Promise<Piece> {
  const load = FILES[`./${lang}/${part}.ts`];
  if (!load) throw new Error(`no catalogue file ${lang}/${part}.ts`);
  return Object.values(await load())[0]!;
}

/**
 * The active locale's `common` part and the given parts, merged into the catalogue t() reads
 * (the root layout's load calls this with the parts of the page's route). A key of a part not
 * loaded renders as the key itself; the page-messages test keeps every route's parts complete.
 */
export async function loadCatalogue(lang: Lang, parts: readonly Part[]): Promise<Catalogue> {
  const wanted = [...new Set<Part>(['common', ...parts])];
  const pieces = await Promise.all(wanted.map((part) => loadPart(lang, part)));
  return {
    messages: Object.assign({}, ...pieces.map((piece) => piece.messages)),
    codes: Object.assign({}, ...pieces.map((piece) => piece.codes)),
  } as Catalogue;
}
