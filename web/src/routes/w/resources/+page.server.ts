import type { PageServerLoad } from './$types';
import { pathIds } from '@trellis/shared/org/path';
import { api } from '#lib/server/api.ts';
import { raise } from '#lib/server/raise.ts';
import { isCategory, NATIONAL_ORG } from '#lib/resources.ts';

/**
 * Published works of a region (`?org=`, default national), filtered by `?category=`, plus the
 * top contributors nationally and in the session's province (the second id on its org path).
 */
export const load: PageServerLoad = async ({ locals, url }) => {
  const session = locals.session;
  const regions = [{ id: NATIONAL_ORG, name: '' }];
  for (const m of session?.memberships ?? []) {
    if (!regions.some((r) => r.id === m.orgId)) regions.push({ id: m.orgId, name: m.orgName });
  }
  const orgParam = url.searchParams.get('org') ?? NATIONAL_ORG;
  const orgId = regions.some((r) => r.id === orgParam) ? orgParam : NATIONAL_ORG;
  const categoryParam = url.searchParams.get('category');
  const category = isCategory(categoryParam) ? categoryParam : '';
  const provinceId = (session?.memberships ?? []).map((m) => pathIds(m.orgPath)[1]).find((id) => id) ?? null;

  const [list, topNational, topProvince] = await Promise.all([
    api('resources.published', { params: { orgId }, query: { category, cursor: url.searchParams.get('cursor') } }),
    api('resources.top', { params: { orgId: NATIONAL_ORG } }),
    provinceId ? api('resources.top', { params: { orgId: provinceId } }) : Promise.resolve(null),
  ]);
  if (!list.ok) raise(list);
  return {
    regions,
    orgId,
    category,
    items: list.data.items,
    cursor: list.data.cursor,
    topNational: topNational.ok ? topNational.data.items.slice(0, 10) : [],
    topProvince: topProvince?.ok ? topProvince.data.items.slice(0, 10) : [],
    hasProvince: provinceId !== null,
  };
};
