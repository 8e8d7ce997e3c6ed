import type { PageServerLoad } from './$types';
import { loadSiteItem } from '#lib/server/site-list.ts';

export const csr = false;

export const load: PageServerLoad = ({ params, url }) => loadSiteItem(params.slug, params.itemId, url);
