import { redirect } from '@sveltejs/kit';
import type { LayoutServerLoad } from './$types';

/** Every workspace page needs a session, and a forced password change comes first. */
export const load: LayoutServerLoad = ({ locals, url }) => {
  const here = url.pathname + url.search;
  if (!locals.session) redirect(303, `/login?next=${encodeURIComponent(here)}`);
  if (locals.session.account.mustChangePassword) redirect(303, `/password?next=${encodeURIComponent(here)}`);
  return { session: locals.session };
};
