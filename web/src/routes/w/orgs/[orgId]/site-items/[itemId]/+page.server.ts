import type { Actions, PageServerLoad } from './$types';
import { can } from '#lib/access/actor.ts';
import { api } from '#lib/server/api.ts';
import { raise } from '#lib/server/raise.ts';
import { itemActions } from './item-actions.server.ts';

/** One item: its preview, trail and places, with the decisions this org may take on it. */
export const load: PageServerLoad = async ({ params, locals }) => {
  const [org, item] = await Promise.all([
    api('orgs.get', { params: { orgId: params.orgId } }),
    api('siteItems.get', { params: { orgId: params.orgId, itemId: params.itemId } }),
  ]);
  if (!org.ok) raise(org);
  if (!item.ok) raise(item);
  const session = locals.session;
  const target = { id: org.data.id, path: org.data.path, status: org.data.status };
  const admin = can(session, 'siteItem.review', target);
  const i = item.data;
  const own = i.origin.orgId === org.data.id;
  const here = i.placements.find((p) => p.orgId === org.data.id);
  const parent = org.data.ancestors.at(-1) ?? null;
  const atParent = parent ? i.placements.some((p) => p.orgId === parent.id) : true;
  const adminAt = (path: string) => Boolean(session?.memberships.some((m) => m.roles.includes('admin') && path.startsWith(m.orgPath)));
  return {
    org: { id: org.data.id, name: org.data.name, slug: org.data.slug, ancestors: org.data.ancestors },
    item: i,
    parent,
    may: {
      edit: own && (i.status === 'draft' || i.status === 'returned'),
      approve: own && admin && i.status === 'pending',
      recommend: admin && i.status === 'published' && here?.state === 'published' && !atParent,
      review: admin && i.status === 'published' && here?.state === 'recommended',
      recommendUp: admin && i.status === 'published' && here?.state === 'recommended' && !atParent,
      takedown: admin && !own && i.status === 'published',
      restore: i.status === 'taken_down' && adminAt(i.takedown?.orgPath ?? '\u0000'),
    },
  };
};

export const actions: Actions = itemActions;
