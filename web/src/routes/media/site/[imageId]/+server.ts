import { error } from '@sveltejs/kit';
import type { RequestHandler } from './$types';
import { api } from '#lib/server/api.ts';

/**
 * An image of a published site item: a redirect to the short-lived storage URL the API hands
 * out (the pages' img-src allows the storage origins), so the bytes never pass through the
 * web server. The redirect may be cached for 5 minutes; the URL it points to lives an hour.
 */
export const GET: RequestHandler = async ({ params }) => {
  const res = await api('siteItems.publicImage', { params: { imageId: params.imageId } }, null);
  if (!res.ok) error(res.status >= 500 ? res.status : 404, 'image not found');
  return new Response(null, { status: 302, headers: { location: res.data.url, 'cache-control': 'public, max-age=300' } });
};
