import { error } from '@sveltejs/kit';
import type { PageServerLoad } from './$types';
import { api } from '#lib/server/api.ts';

/** One public work of the school's site: server-rendered, the video plays from storage. */
export const csr = false;

export const load: PageServerLoad = async ({ params, url }) => {
  const result = await api('public.siteResource', { params: { slug: params.slug, resourceId: params.id } }, null);
  if (!result.ok) {
    const status = result.status >= 500 ? result.status : 404;
    error(status, result.error.message, { code: status === 404 ? 'resource.not_found' : result.error.code });
  }
  return { ...result.data, canonical: `${url.origin}${url.pathname}` };
};
