import { redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { api } from '#lib/server/api.ts';
import { clearSessionCookie } from '#lib/server/session-cookie.ts';

export const load: PageServerLoad = ({ locals }) => {
  if (!locals.session) redirect(303, '/');
};

export const actions: Actions = {
  default: async ({ locals, cookies, url }) => {
    if (locals.token) await api('auth.logout', {}, locals.token);
    clearSessionCookie(cookies, url);
    redirect(303, '/');
  },
};
