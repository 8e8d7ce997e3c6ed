import { existsSync, readFileSync, statSync } from 'node:fs';
import { join, posix } from 'node:path';
import { LANGS, type Lang } from '../web/src/lib/i18n/lang';
import { PARTS, type Part } from '../web/src/lib/i18n/parts';
import { partsFor } from '../web/src/lib/i18n/route-parts';
import { zhParts } from '../web/src/lib/i18n/zh/index';
import { enParts } from '../web/src/lib/i18n/en/index';

/**
 * The JavaScript a page of the production build makes the browser load, read from the adapter
 * output (deterministic, no browser): SvelteKit's entry (`client.imports` of the server
 * manifest), the `imports` of each node the page renders (its layouts and the page, as SvelteKit
 * modulepreloads them) with their static imports, and the catalogue parts the root layout
 * imports for the route and the active locale (`common` and route-parts.ts). A catalogue chunk is
 * recognised by its content: a key of the part with that locale's message (`"nav.skip":`跳到主要内容``).
 */
export interface PageJs {
  readonly files: string[];
  /** Decoded bytes (the .js files as served before compression). */
  readonly bytes: number;
  /** The locale of every catalogue chunk among the files. */
  readonly catalogues: Lang[];
  /** The catalogue parts among the files. */
  readonly parts: Part[];
}

export interface PageRoute {
  readonly id: string;
  readonly nodes: number[];
}

const PIECES: Record<Lang, { messages: object }[]> = { zh: zhParts, en: enParts };

/** Per part and locale, a key with a plain message that differs between the locales, as the minifier writes it (`"key":`message``). */
const PLAIN = /^[^`'"\\${}\n]+$/;
const MARKERS: { part: Part; lang: Lang; marker: string }[] = PARTS.flatMap((part, index) => {
  const messages = (lang: Lang) => PIECES[lang][index]!.messages as Record<string, string>;
  const key = Object.keys(messages('zh')).find((k) => LANGS.every((lang) => PLAIN.test(messages(lang)[k] ?? '')) && messages('zh')[k] !== messages('en')[k]);
  if (!key) throw new Error(`catalogue part ${part} has no plain message to recognise it by`);
  return LANGS.map((lang) => ({ part, lang, marker: `"${key}":\`${messages(lang)[key]}\`` }));
});

const stringArray = (text: string): string[] => [...text.matchAll(/"([^"]+)"/g)].map((m) => m[1]!);

export class WebBuild {
  private readonly manifest: string;
  private readonly clientDir: string;

  constructor(readonly buildDir: string) {
    this.manifest = readFileSync(join(buildDir, 'server/manifest-full.js'), 'utf8');
    this.clientDir = join(buildDir, 'client');
  }

  /** Every route with a page: its id (`/w/orgs/[orgId]`) and its nodes (layouts, then the page). */
  pages(): PageRoute[] {
    return [...this.manifest.matchAll(/id: "([^"]+)",[\s\S]*?page: (\{[^}]*\}|null)/g)]
      .filter(([, , page]) => page !== 'null')
      .map(([, id, page]) => {
        const layouts = (/layouts: \[([^\]]*)\]/.exec(page!)?.[1] ?? '').split(',').filter(Boolean).map(Number);
        const leaf = Number(/leaf: (\d+)/.exec(page!)?.[1]);
        return { id: id!, nodes: [...layouts, leaf] };
      });
  }

  /** The catalogue part and locale of a client file, if it is one. */
  catalogueOf(file: string): { part: Part; lang: Lang } | undefined {
    const text = this.read(file);
    return MARKERS.find(({ marker }) => text.includes(marker));
  }

  /** The locale of a map of part files (`zh/files.ts`): a chunk whose dynamic imports are that locale's catalogue parts. */
  fileMapOf(file: string): Lang | undefined {
    const dir = posix.dirname(file);
    const targets = [...this.read(file).matchAll(/import\(\s*["'`](\.[^"'`]+\.js)["'`]\s*\)/g)].map(([, spec]) => posix.join(dir, spec!));
    const langs = new Set(targets.map((target) => this.catalogueOf(target)?.lang));
    const [only] = [...langs];
    return langs.size === 1 ? only : undefined;
  }

  pageJs(route: PageRoute, lang: Lang): PageJs {
    const parts = new Set<Part>(['common', ...partsFor(route.id)]);
    const entry = stringArray(/client: \{[^}]*imports:\[([^\]]*)\]/.exec(this.manifest)?.[1] ?? '');
    const nodes = route.nodes.flatMap((node) => {
      const text = readFileSync(join(this.buildDir, 'server/nodes', `${node}.js`), 'utf8');
      return stringArray(/export const imports = \[([^\]]*)\]/.exec(text)?.[1] ?? '');
    });
    const files = new Set<string>();
    const visit = (file: string) => {
      if (files.has(file)) return;
      files.add(file);
      const text = this.read(file);
      const dir = posix.dirname(file);
      for (const [, spec] of text.matchAll(/(?:import|export)\s*(?:[^'"`;()]*?from\s*)?["'`](\.[^"'`]+\.js)["'`]/g)) visit(posix.join(dir, spec!));
      // The root layout imports the active locale's map of part files, then the route's parts (load-catalogue.ts), nothing else dynamically at load.
      for (const [, spec] of text.matchAll(/import\(\s*["'`](\.[^"'`]+\.js)["'`]\s*\)/g)) {
        const target = posix.join(dir, spec!);
        const piece = this.catalogueOf(target);
        if (piece ? piece.lang === lang && parts.has(piece.part) : this.fileMapOf(target) === lang) visit(target);
      }
    };
    for (const file of [...entry, ...nodes]) visit(file);
    const list = [...files].sort();
    return {
      files: list,
      bytes: list.reduce((sum, file) => sum + statSync(join(this.clientDir, file)).size, 0),
      catalogues: [...new Set(list.flatMap((file) => this.catalogueOf(file)?.lang ?? []))],
      parts: list.flatMap((file) => this.catalogueOf(file)?.part ?? []),
    };
  }

  private read(file: string): string {
    const path = join(this.clientDir, file);
    return existsSync(path) ? readFileSync(path, 'utf8') : '';
  }
}
