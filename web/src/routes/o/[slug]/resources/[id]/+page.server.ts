import type { PageServerLoad } from './$types';
import { api } from '#lib/server/api.ts';
import { ensureFound } from '#lib/server/ensure-found.ts';
import { followSiteAddress } from '#lib/server/site-address.ts';

/** One public work of the school's site: server-rendered, the video plays from storage. */
export const csr = false;

export const load: PageServerLoad = async ({ params, url }) => {
  const result = await api('resources.publicGet', { params: { slug: params.slug, resourceId: params.id } }, null);
  ensureFound(result, 'resource.not_found');
  followSiteAddress(url, result.data.site.slug);
  return { ...result.data, canonical: `${url.origin}${url.pathname}` };
};
