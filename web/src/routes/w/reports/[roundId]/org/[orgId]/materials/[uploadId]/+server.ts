import { error, redirect } from '@sveltejs/kit';
import type { RequestHandler } from './$types';
import { api } from '#lib/server/api.ts';
import { raise } from '#lib/server/raise.ts';

/** Opens an attached material: a 303 to the API's five-minute signed link (works with JavaScript off). */
export const GET: RequestHandler = async ({ params, locals }) => {
  if (!locals.session) error(401, 'Unauthorized', { code: 'auth.required' });
  const link = await api('reporting.material', { params: { orgId: params.orgId, roundId: params.roundId, uploadId: params.uploadId } });
  if (!link.ok) raise(link);
  // The media bucket is another origin; the URL comes from our API, signed for this one upload.
  redirect(303, link.data.url, { external: true });
};
