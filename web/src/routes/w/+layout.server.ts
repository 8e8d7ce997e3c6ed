import { redirect } from '@sveltejs/kit';
import type { LayoutServerLoad } from './$types';
import { api } from '#lib/server/api.ts';

/** How many inbox items the workspace home lists. */
const LATEST = 5;

/**
 * Every workspace page needs a session, and a forced password change comes first. The inbox's
 * first page gives the nav's unread badge and the home page's latest notices.
 */
export const load: LayoutServerLoad = async ({ locals, url }) => {
  const here = url.pathname + url.search;
  if (!locals.session) redirect(303, `/login?next=${encodeURIComponent(here)}`);
  if (locals.session.account.mustChangePassword) redirect(303, `/password?next=${encodeURIComponent(here)}`);
  const inbox = await api('inbox.list');
  return {
    session: locals.session,
    unread: inbox.ok ? inbox.data.unread : null,
    latestNotices: inbox.ok ? inbox.data.items.slice(0, LATEST) : [],
  };
};
