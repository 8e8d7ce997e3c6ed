import type { PageServerLoad } from './$types';
import { loadSiteList } from '#lib/server/site-list.ts';

export const csr = false;

export const load: PageServerLoad = ({ params, url }) => loadSiteList(params.slug, 'notice', url);
