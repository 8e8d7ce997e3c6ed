import { error } from '@sveltejs/kit';
import type { PageServerLoad } from './$types';
import { api } from '#lib/server/api.ts';

/** The school's public works: plain server-rendered HTML, no client-side JavaScript. */
export const csr = false;

export const load: PageServerLoad = async ({ params, url }) => {
  const cursor = url.searchParams.get('cursor') ?? undefined;
  const result = await api('public.siteResources', { params: { slug: params.slug }, query: { cursor } }, null);
  if (!result.ok) {
    const status = result.status >= 500 ? result.status : 404;
    error(status, result.error.message, { code: status === 404 ? 'site.not_found' : result.error.code });
  }
  return { view: result.data, canonical: `${url.origin}/o/${encodeURIComponent(params.slug)}/resources` };
};
