import type { PageServerLoad } from './$types';
import { SITE_ITEM_STATUSES } from '@trellis/shared/site-items/schemas';
import { can } from '#lib/access/actor.ts';
import { api } from '#lib/server/api.ts';
import { raise } from '#lib/server/raise.ts';

/** The org's own items, one tab per status (`?status=`, default drafts). */
export const load: PageServerLoad = async ({ params, url, locals }) => {
  const org = await api('orgs.get', { params: { orgId: params.orgId } });
  if (!org.ok) raise(org);
  const wanted = url.searchParams.get('status');
  const status = SITE_ITEM_STATUSES.find((s) => s === wanted) ?? 'draft';
  const list = await api('siteItems.list', { params: { orgId: params.orgId }, query: { status, cursor: url.searchParams.get('cursor') } });
  if (!list.ok) raise(list);
  return {
    org: { id: org.data.id, name: org.data.name, slug: org.data.slug },
    reviewer: can(locals.session, 'siteItem.review', { id: org.data.id, path: org.data.path, status: org.data.status }),
    status,
    statuses: SITE_ITEM_STATUSES,
    items: list.data.items,
    cursor: list.data.cursor,
  };
};
