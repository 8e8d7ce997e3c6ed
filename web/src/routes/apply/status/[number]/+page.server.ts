import { error } from '@sveltejs/kit';
import type { PageServerLoad } from './$types';
import { api } from '#lib/server/api.ts';

export const load: PageServerLoad = async ({ params }) => {
  const result = await api('applications.status', { params: { number: params.number } }, null);
  if (!result.ok) {
    const status = result.status === 400 || result.status === 403 ? 404 : result.status;
    error(status, result.error.message, { code: status === 404 ? 'application.not_found' : result.error.code });
  }
  return { application: result.data };
};
