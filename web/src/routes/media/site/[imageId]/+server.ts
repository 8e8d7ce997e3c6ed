import { error } from '@sveltejs/kit';
import type { RequestHandler } from './$types';
import { api } from '#lib/server/api.ts';

/**
 * An image of a published site item, served from this origin (the pages' CSP allows images
 * only from here): the API hands out a short-lived storage URL and the bytes pass through.
 */
export const GET: RequestHandler = async ({ params, fetch }) => {
  const res = await api('public.siteImage', { params: { imageId: params.imageId } }, null);
  if (!res.ok) error(res.status >= 500 ? res.status : 404, 'image not found');
  const object = await fetch(res.data.url);
  if (!object.ok || !object.body) error(502, 'image unavailable');
  const type = object.headers.get('content-type') ?? 'application/octet-stream';
  if (!/^image\/(jpeg|png)$/.test(type)) error(404, 'image not found');
  return new Response(object.body, { headers: { 'content-type': type, 'cache-control': 'public, max-age=300', 'x-content-type-options': 'nosniff' } });
};
