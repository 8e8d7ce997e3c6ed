import type { PageServerLoad } from './$types';
import { api } from '#lib/server/api.ts';
import { raise } from '#lib/server/raise.ts';
import { loadSenderOrg } from '#lib/server/sender-org.ts';

/** The notices an org has sent, newest first, and today's SMS budget use. */
export const load: PageServerLoad = async ({ locals, params, url }) => {
  const org = await loadSenderOrg(locals.session, params.orgId);
  const [sent, budget] = await Promise.all([
    api('notices.sent', { params: { orgId: org.id }, query: { cursor: url.searchParams.get('cursor') } }),
    api('notices.smsBudget', { params: { orgId: org.id } }),
  ]);
  if (!sent.ok) raise(sent);
  return {
    org: { id: org.id, name: org.name, ancestors: org.ancestors },
    items: sent.data.items,
    cursor: sent.data.cursor,
    budget: budget.ok ? budget.data : null,
  };
};
