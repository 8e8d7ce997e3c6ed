import { error } from '@sveltejs/kit';
import type { RequestHandler } from './$types';
import { api } from '#lib/server/api.ts';

/** An item's image for the workspace preview (before it is public), served from this origin. */
export const GET: RequestHandler = async ({ params, fetch, locals }) => {
  if (!locals.session) error(401, 'sign in');
  const res = await api('siteItems.image', { params: { orgId: params.orgId, itemId: params.itemId, imageId: params.imageId } });
  if (!res.ok) error(res.status === 401 ? 401 : 404, 'image not found');
  const object = await fetch(res.data.url);
  const type = object.headers.get('content-type') ?? '';
  if (!object.ok || !object.body || !/^image\/(jpeg|png)$/.test(type)) error(404, 'image not found');
  return new Response(object.body, { headers: { 'content-type': type, 'cache-control': 'private, max-age=60', 'x-content-type-options': 'nosniff' } });
};
