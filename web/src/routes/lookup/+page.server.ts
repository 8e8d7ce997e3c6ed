import type { PageServerLoad } from './$types';
import { api } from '#lib/server/api.ts';

export const load: PageServerLoad = async ({ url }) => {
  const q = (url.searchParams.get('q') ?? '').trim().slice(0, 60);
  if (!q) return { q, searched: false, items: [], error: null };
  if (q.length < 2) return { q, searched: false, items: [], error: 'q.too_short' };
  const result = await api('orgs.lookup', { query: { q } }, null);
  if (!result.ok) return { q, searched: true, items: [], error: result.error.code };
  return { q, searched: true, items: result.data.items, error: null };
};
