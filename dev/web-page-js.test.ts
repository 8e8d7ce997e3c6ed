import { describe, expect, it } from 'vitest';
import { freshWebBuild } from '../infra/lib/web-build';
import { LANGS } from '../web/src/lib/i18n/lang';
import { WebBuild } from './web-page-js';

/**
 * The JavaScript each workspace page loads in the production build (web-page-js.ts; the build is
 * rebuilt when stale). Issue 13 asks for at most 150,000 decoded bytes per page (except
 * /w/uploads); that is NOT met yet: the framework (Svelte + SvelteKit client, ~118 KB) plus one
 * locale's whole catalogue (~57 KB) already exceed it, and some pages still pull zod (~90 KB).
 * Until the catalogue is split per capability, CEILING guards against growth beyond today's
 * largest page (BENCHMARKS.md lists the figures per page).
 */
const CEILING = 340_000;

describe('workspace page JavaScript (production build)', () => {
  const build = new WebBuild(freshWebBuild());
  const pages = build.pages().filter((page) => page.id.startsWith('/w') && page.id !== '/w/uploads');

  it('finds the workspace pages and their chunks', () => {
    expect(pages.map((p) => p.id)).toEqual(expect.arrayContaining(['/w', '/w/orgs/[orgId]', '/w/notices', '/w/reports', '/w/resources']));
    expect(build.pageJs(pages[0]!, 'zh').files.length).toBeGreaterThan(5);
  });

  it.each(LANGS)('loads only the active locale\'s catalogue (%s)', (lang) => {
    for (const page of pages) expect(build.pageJs(page, lang).catalogues, page.id).toEqual([lang]);
  });

  it('stays under the growth ceiling on every page (the 150,000-byte goal is not met yet)', () => {
    const sizes = Object.fromEntries(pages.map((page) => [page.id, build.pageJs(page, 'zh').bytes]));
    expect(Object.entries(sizes).filter(([, bytes]) => bytes > CEILING)).toEqual([]);
  });
});
