import { error } from '@sveltejs/kit';
import type { PageServerLoad } from './$types';
import { api } from '#lib/server/api.ts';

export const csr = false;

export const load: PageServerLoad = async ({ params, url }) => {
  const result = await api('public.site', { params: { slug: params.slug } }, null);
  if (!result.ok) {
    const status = result.status >= 500 ? result.status : 404;
    error(status, result.error.message, { code: status === 404 ? 'site.not_found' : result.error.code });
  }
  return { site: result.data, canonical: `${url.origin}/o/${params.slug}/about` };
};
