import type { PageServerLoad } from './$types';
import { pathIds } from '@trellis/shared/orgs/path';
import { api } from '#lib/server/api.ts';
import { raise } from '#lib/server/raise.ts';
import { isCategory, isSort, isSubject, NATIONAL_ORG } from '#lib/resources.ts';

/**
 * Published works of a region (`?org=`, default national), filtered by `?category=`,
 * `?subject=`, `?school=` and a title keyword `?q=`, ordered by `?sort=` (newest or most
 * viewed); plus the top contributors nationally and in the session's province. Unknown
 * filter values are dropped rather than refused: this is a GET form anyone can edit.
 */
export const load: PageServerLoad = async ({ locals, url }) => {
  const session = locals.session;
  const regions = [{ id: NATIONAL_ORG, name: '' }];
  for (const m of session?.memberships ?? []) {
    if (!regions.some((r) => r.id === m.orgId)) regions.push({ id: m.orgId, name: m.orgName });
  }
  const p = url.searchParams;
  const orgParam = p.get('org') ?? NATIONAL_ORG;
  const orgId = regions.some((r) => r.id === orgParam) ? orgParam : NATIONAL_ORG;
  const category = isCategory(p.get('category')) ? p.get('category')! : '';
  const subject = isSubject(p.get('subject')) ? p.get('subject')! : '';
  const sort = isSort(p.get('sort')) ? p.get('sort')! : 'newest';
  const q = (p.get('q') ?? '').trim().slice(0, 50);
  const school = /^[a-z0-9][a-z0-9-]{1,39}$/.test(p.get('school') ?? '') ? p.get('school')! : '';
  const provinceId = (session?.memberships ?? []).map((m) => pathIds(m.orgPath)[1]).find((id) => id) ?? null;

  const [list, topNational, topProvince] = await Promise.all([
    api('resources.published', { params: { orgId }, query: { category, subject, sort, q, schoolId: school, cursor: p.get('cursor') } }),
    api('resources.top', { params: { orgId: NATIONAL_ORG } }),
    provinceId ? api('resources.top', { params: { orgId: provinceId } }) : Promise.resolve(null),
  ]);
  if (!list.ok) raise(list);
  const schoolName = school ? (list.data.items.find((i) => i.schoolId === school)?.schoolName ?? school) : '';
  return {
    regions,
    filters: { orgId, category, subject, sort, q, school, schoolName },
    filtered: Boolean(category || subject || q || school),
    items: list.data.items,
    cursor: list.data.cursor,
    topNational: topNational.ok ? topNational.data.items.slice(0, 10) : [],
    topProvince: topProvince?.ok ? topProvince.data.items.slice(0, 10) : [],
    hasProvince: provinceId !== null,
  };
};
