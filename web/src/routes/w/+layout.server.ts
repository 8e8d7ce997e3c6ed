import { redirect } from '@sveltejs/kit';
import type { LayoutServerLoad } from './$types';
import { api } from '#lib/server/api.ts';

/**
 * Every workspace page needs a session, and a forced password change comes first. The home page
 * loads the whole 待办 (its list, the navigation's counts and the latest notices, one call);
 * other pages take the navigation's counts from the session (each membership's `waiting`, read
 * with it) and the unread count from the inbox's first page (the notices page asks the same).
 */
export const load: LayoutServerLoad = async ({ locals, url }) => {
  const here = url.pathname + url.search;
  if (!locals.session) redirect(303, `/login?next=${encodeURIComponent(here)}`);
  if (locals.session.account.mustChangePassword) redirect(303, `/password?next=${encodeURIComponent(here)}`);
  if (url.pathname === '/w') {
    const todo = await api('todo.summary');
    return { session: locals.session, todo: todo.ok ? todo.data : null, unread: todo.ok ? todo.data.notices.unread : null, latestNotices: todo.ok ? todo.data.latest : [] };
  }
  const inbox = await api('inbox.list', { query: { cursor: null } });
  return { session: locals.session, todo: null, unread: inbox.ok ? inbox.data.unread : null, latestNotices: [] };
};
