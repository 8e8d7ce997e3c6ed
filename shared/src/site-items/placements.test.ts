import { describe, expect, it } from 'vitest';
import { derivedRows, homeFromAttributes, homeOverflow, summarize } from './placements';
import type { SiteItemView, SitePlacement } from './schemas';

const ref = (id: string) => ({ orgId: id, orgPath: `/${id}/`, orgName: `机构${id}`, orgSlug: id });
const placed = (id: string, state: SitePlacement['state'], at: string): SitePlacement => ({ ...ref(id), state, at, publishedAt: state === 'published' ? at : null });

const item = (over: Partial<SiteItemView>): SiteItemView => ({
  id: 'si-1', kind: 'news', title: '标题', bodyHtml: '<p>x</p>', summary: 'x', imageIds: [], origin: ref('school'), authorId: 'u', authorName: '作者',
  status: 'published', placements: [], takedown: null, trail: [], createdAt: '2026-01-01', updatedAt: '2026-01-01', version: 1, ...over,
});

describe('what an item puts on sites', () => {
  it('lists a published item on every site that published it, in the feed from below, and in queues it waits in', () => {
    const rows = derivedRows(item({ placements: [placed('school', 'published', 't1'), placed('city', 'published', 't2'), placed('prov', 'recommended', 't3')] }));
    expect(rows.pub.map((r) => `${r.siteId}:${r.category}`)).toEqual(['school:news', 'city:news', 'city:below']);
    expect(rows.pub[1]?.line).toMatchObject({ at: 't2', sourceName: '机构school', fromBelow: true });
    expect(rows.queue).toEqual([{ siteId: 'prov', line: expect.objectContaining({ fromName: '机构city', at: 't3' }) }]);
  });

  it('puts nothing anywhere while not published (drafts, pending, taken down)', () => {
    for (const status of ['draft', 'pending', 'returned', 'taken_down'] as const) {
      expect(derivedRows(item({ status, placements: [placed('school', 'published', 't1')] }))).toEqual({ pub: [], queue: [] });
    }
  });

  it('reads the newest lines of a home projection and names the overflow', () => {
    const attrs = Object.fromEntries(
      Array.from({ length: 5 }, (_, i) => [`news_si-${i}`, { id: `si-${i}`, at: `2026-01-0${i + 1}` }]),
    );
    expect(homeFromAttributes({ pk: 'x', ...attrs }, 2).news.map((l) => l.id)).toEqual(['si-4', 'si-3']);
    expect(homeOverflow(attrs, 3).sort()).toEqual(['news_si-0', 'news_si-1']);
  });

  it('summarizes HTML as plain text', () => {
    expect(summarize('<p>一 &amp; 二</p><p>三</p>', 120)).toBe('一 & 二 三');
    expect(summarize(`<p>${'字'.repeat(200)}</p>`, 10)).toHaveLength(10);
  });
});
