import type { PageServerLoad } from './$types';
import { api } from '#lib/server/api.ts';
import { ensureFound } from '#lib/server/ensure-found.ts';
import { sharedCache } from '#lib/server/edge-cache.ts';
import { followSiteAddress } from '#lib/server/site-address.ts';

/** The public site is plain server-rendered HTML: no client-side JavaScript at all. */
export const csr = false;

/** The home page: one API call (3 DynamoDB requests: slug, org chain with the home projection, sub-orgs). */
export const load: PageServerLoad = async ({ params, url, setHeaders }) => {
  sharedCache(setHeaders);
  const cursor = url.searchParams.get('cursor') ?? undefined;
  const result = await api('sites.get', { params: { slug: params.slug }, query: { cursor } }, null);
  ensureFound(result, 'site.not_found');
  followSiteAddress(url, result.data.org.slug);
  return { site: result.data, canonical: `${url.origin}/o/${params.slug}` };
};
