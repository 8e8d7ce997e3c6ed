import type { PageServerLoad } from './$types';
import { loadSiteList } from '#lib/server/site-list.ts';
import { sharedCache } from '#lib/server/edge-cache.ts';

export const csr = false;

export const load: PageServerLoad = ({ params, url, setHeaders }) => {
  sharedCache(setHeaders);
  return loadSiteList(params.slug, 'notice', url);
};
