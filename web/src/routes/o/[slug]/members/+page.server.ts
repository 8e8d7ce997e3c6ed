import type { PageServerLoad } from './$types';
import { api } from '#lib/server/api.ts';
import { ensureFound } from '#lib/server/ensure-found.ts';
import { sharedCache } from '#lib/server/edge-cache.ts';
import { followSiteAddress } from '#lib/server/site-address.ts';

/** Plain server-rendered HTML, like the rest of the public site: no client-side JavaScript. */
export const csr = false;

export const load: PageServerLoad = async ({ params, url, setHeaders }) => {
  sharedCache(setHeaders);
  const cursor = url.searchParams.get('cursor') ?? undefined;
  const result = await api('members.publicList', { params: { slug: params.slug }, query: { cursor } }, null);
  ensureFound(result, 'site.not_found');
  followSiteAddress(url, result.data.site.slug);
  return { view: result.data, canonical: `${url.origin}/o/${encodeURIComponent(params.slug)}/members` };
};
