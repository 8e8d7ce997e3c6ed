import { redirect } from '@sveltejs/kit';
import type { LayoutServerLoad } from './$types';
import { api } from '#lib/server/api.ts';

/**
 * Every workspace page needs a session, and a forced password change comes first. The to-do
 * summary gives the navigation's counts and the home page's 待办 and latest notices (one call).
 */
export const load: LayoutServerLoad = async ({ locals, url }) => {
  const here = url.pathname + url.search;
  if (!locals.session) redirect(303, `/login?next=${encodeURIComponent(here)}`);
  if (locals.session.account.mustChangePassword) redirect(303, `/password?next=${encodeURIComponent(here)}`);
  const todo = await api('todo.summary');
  return {
    session: locals.session,
    todo: todo.ok ? todo.data : null,
    unread: todo.ok ? todo.data.notices.unread : null,
    latestNotices: todo.ok ? todo.data.latest : [],
  };
};
