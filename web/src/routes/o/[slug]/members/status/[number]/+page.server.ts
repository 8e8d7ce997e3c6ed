import { error } from '@sveltejs/kit';
import type { PageServerLoad } from './$types';
import { api } from '#lib/server/api.ts';

export const csr = false;

export const load: PageServerLoad = async ({ params, url }) => {
  const result = await api('members.status', { params: { number: params.number } }, null);
  if (!result.ok || result.data.orgSlug !== params.slug) {
    const status = !result.ok && result.status >= 500 ? result.status : 404;
    error(status, 'Not found', { code: status === 404 ? 'member.not_found' : 'server.error' });
  }
  return { app: result.data, received: url.searchParams.get('received') === '1' };
};
