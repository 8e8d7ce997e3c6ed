import { error } from '@sveltejs/kit';
import type { RequestHandler } from './$types';
import { api } from '#lib/server/api.ts';

/**
 * An item's image for the workspace preview (before it is public): a redirect to the
 * short-lived storage URL, so the bytes never pass through the web server.
 */
export const GET: RequestHandler = async ({ params, locals }) => {
  if (!locals.session) error(401, 'sign in');
  const res = await api('siteItems.image', { params: { orgId: params.orgId, itemId: params.itemId, imageId: params.imageId } });
  if (!res.ok) error(res.status === 401 ? 401 : 404, 'image not found');
  return new Response(null, { status: 302, headers: { location: res.data.url, 'cache-control': 'private, max-age=60' } });
};
