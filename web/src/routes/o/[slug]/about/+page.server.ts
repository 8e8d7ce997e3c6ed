import type { PageServerLoad } from './$types';
import { api } from '#lib/server/api.ts';
import { ensureFound } from '#lib/server/ensure-found.ts';
import { sharedCache } from '#lib/server/edge-cache.ts';
import { followSiteAddress } from '#lib/server/site-address.ts';

export const csr = false;

export const load: PageServerLoad = async ({ params, url, setHeaders }) => {
  sharedCache(setHeaders);
  const result = await api('sites.get', { params: { slug: params.slug } }, null);
  ensureFound(result, 'site.not_found');
  followSiteAddress(url, result.data.org.slug);
  return { site: result.data, canonical: `${url.origin}/o/${params.slug}/about` };
};
