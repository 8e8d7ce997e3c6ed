import type { PageServerLoad } from './$types';
import { membershipsAllowing } from '#lib/access/actor.ts';
import { api } from '#lib/server/api.ts';

export const load: PageServerLoad = async ({ locals }) => {
  const session = locals.session!;
  const deciders = membershipsAllowing(session, 'application.decide');
  const counts = await Promise.all(
    deciders.map(async (m) => {
      const result = await api('applications.list', { params: { orgId: m.orgId }, query: { status: 'pending' } });
      return [m.orgId, result.ok ? (result.data.counts?.pending ?? result.data.items.length) : null] as const;
    }),
  );
  return { pending: Object.fromEntries(counts) as Record<string, number | null> };
};
