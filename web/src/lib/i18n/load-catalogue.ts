import type { Catalogue } from './catalogue';
import type { Lang } from './lang';
import type { Part } from './parts';
import type { CataloguePiece } from './catalogue-part';

/**
 * Each locale's map of its part files (`zh/files.ts`, `en/files.ts`), itself imported on demand:
 * a page loads the map of its locale only, then the part chunks its route needs.
 */
const LOCALE_FILES: Record<Lang, () => Promise<{ FILES: Record<Part, () => Promise<Record<string, CataloguePiece>>> }>> = {
  zh: () => import('./zh/files'),
  en: () => import('./en/files'),
};

/** Each part file exports one catalogue piece (`zhOrgs`, `enOrgs`...). */
async function loadPart(files: Record<Part, () => Promise<Record<string, CataloguePiece>>>, part: Part): Promise<CataloguePiece> {
  return Object.values(await files[part]())[0]!;
}

/**
 * The active locale's `common` part and the given parts, merged into the catalogue t() reads
 * (the root layout's load calls this with the parts of the page's route). A key of a part not
 * loaded renders as the key itself; the page-messages test keeps every route's parts complete.
 */
export async function loadCatalogue(lang: Lang, parts: readonly Part[]): Promise<Catalogue> {
  const wanted = [...new Set<Part>(['common', ...parts])];
  const { FILES } = await LOCALE_FILES[lang]();
  const pieces = await Promise.all(wanted.map((part) => loadPart(FILES, part)));
  return {
    messages: Object.assign({}, ...pieces.map((piece) => piece.messages)),
    codes: Object.assign({}, ...pieces.map((piece) => piece.codes)),
  } as Catalogue;
}
