import type { PageServerLoad } from './$types';
import { loadSiteItem } from '#lib/server/site-list.ts';
import { sharedCache } from '#lib/server/edge-cache.ts';

export const csr = false;

export const load: PageServerLoad = ({ params, url, setHeaders }) => {
  sharedCache(setHeaders);
  return loadSiteItem(params.slug, params.itemId, url);
};
