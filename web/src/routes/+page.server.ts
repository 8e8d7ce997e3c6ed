import type { PageServerLoad } from './$types';
import type { OrgLink } from '@trellis/shared/orgs/views';
import { api } from '#lib/server/api.ts';

/**
 * The product's front door also leads to the public sites: the national society's site and
 * the directory of the sites right under it (provincial societies first). Two public calls.
 */
export const load: PageServerLoad = async () => {
  const top = await api('orgs.publicChildren', { params: { orgId: 'root' }, query: {} }, null);
  const national = top.ok ? (top.data.items[0] ?? null) : null;
  if (!national) return { national: null, provinces: [] as OrgLink[], others: [] as OrgLink[] };
  const below = await api('orgs.publicChildren', { params: { orgId: national.id }, query: {} }, null);
  const items = below.ok ? below.data.items : [];
  return {
    national,
    provinces: items.filter((o) => o.type === 'society'),
    others: items.filter((o) => o.type !== 'society'),
  };
};
