import type { PageServerLoad } from './$types';
import { api } from '#lib/server/api.ts';
import { raise } from '#lib/server/raise.ts';

/** My notices, newest first; the count of unread ones comes with every page. */
export const load: PageServerLoad = async ({ url }) => {
  const inbox = await api('inbox.list', { query: { cursor: url.searchParams.get('cursor') } });
  if (!inbox.ok) raise(inbox);
  return { items: inbox.data.items, cursor: inbox.data.cursor, unread: inbox.data.unread };
};
