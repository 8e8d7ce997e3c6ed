import { describe, expect, it } from 'vitest';
import { sitesChangedBy } from './public-sites';
import type { SiteItemView, SitePlacement } from './schemas';

const ref = (id: string) => ({ orgId: id, orgPath: `/${id}/`, orgName: `机构${id}`, orgSlug: `s-${id}` });
const placed = (id: string, state: SitePlacement['state']): SitePlacement => ({ ...ref(id), state, at: 't', publishedAt: state === 'published' ? 't' : null });
const item = (over: Partial<SiteItemView>): SiteItemView => ({
  id: 'si-1', kind: 'news', title: '标题', bodyHtml: '<p>x</p>', summary: 'x', imageIds: [], origin: ref('school'), authorId: 'u', authorName: '作者',
  status: 'published', placements: [], takedown: null, trail: [], createdAt: 't', updatedAt: 't', version: 1, ...over,
});

describe('which sites a site-item step changes', () => {
  const atSchool = item({ placements: [placed('school', 'published')] });
  const recommended = item({ placements: [placed('school', 'published'), placed('city', 'recommended')] });
  const atCity = item({ placements: [placed('school', 'published'), placed('city', 'published')] });

  it('approval publishes on the own site', () => {
    expect(sitesChangedBy(item({ status: 'pending' }), atSchool)).toEqual(['s-school']);
  });
  it('a recommendation or a rejection changes no public page; publishing above adds that site', () => {
    expect(sitesChangedBy(atSchool, recommended)).toEqual([]);
    expect(sitesChangedBy(recommended, item({ placements: [placed('school', 'published'), placed('city', 'rejected')] }))).toEqual([]);
    expect(sitesChangedBy(recommended, atCity)).toEqual(['s-city']);
  });
  it('a takedown and a restore change every site that carries the item', () => {
    const down = { ...atCity, status: 'taken_down' as const };
    expect(sitesChangedBy(atCity, down)).toEqual(['s-city', 's-school']);
    expect(sitesChangedBy(down, atCity)).toEqual(['s-city', 's-school']);
  });
  it('drafts and submissions change nothing', () => {
    expect(sitesChangedBy(null, item({ status: 'draft' }))).toEqual([]);
    expect(sitesChangedBy(item({ status: 'draft' }), item({ status: 'pending' }))).toEqual([]);
  });
});
