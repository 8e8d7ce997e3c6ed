import { error } from '@sveltejs/kit';
import { followSiteAddress } from '#lib/server/site-address.ts';
import type { PageServerLoad } from './$types';
import { api } from '#lib/server/api.ts';

export const csr = false;

export const load: PageServerLoad = async ({ params, url }) => {
  const result = await api('members.status', { params: { number: params.number } }, null);
  // Under a former address of the same org's site: 308 to the current one.
  if (result.ok && result.data.orgSlug !== params.slug) {
    const site = await api('members.publicList', { params: { slug: params.slug } }, null);
    if (site.ok && site.data.site.slug === result.data.orgSlug) followSiteAddress(url, result.data.orgSlug);
  }
  if (!result.ok || result.data.orgSlug !== params.slug) {
    const status = !result.ok && result.status >= 500 ? result.status : 404;
    error(status, 'Not found', { code: status === 404 ? 'member.not_found' : 'server.error' });
  }
  return { app: result.data, received: url.searchParams.get('received') === '1' };
};
