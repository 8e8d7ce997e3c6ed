import { randomUUID } from 'node:crypto';
import { error } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { api } from '#lib/server/api.ts';
import { apiFailure } from '#lib/server/form-failure.ts';
import { text } from '#lib/server/form-fields.ts';
import { raise } from '#lib/server/raise.ts';
import { loadSenderOrg } from '#lib/server/sender-org.ts';
import { drillDown } from './drill-down';

/**
 * A sent notice's statistics. `?under=<orgId>` drills the by-org table (and the unread list)
 * down to one org of the tree; `?ucursor=` pages the unread list.
 */
export const load: PageServerLoad = async ({ locals, params, url }) => {
  const [org, found] = await Promise.all([
    loadSenderOrg(locals.session, params.orgId),
    api('notices.get', { params: { noticeId: params.noticeId } }),
  ]);
  if (!found.ok) raise(found);
  const { notice, stats } = found.data;
  if (notice.orgId !== org.id) error(404, 'Not found', { code: 'not_found' });

  const drill = drillDown(stats.byOrg, notice.orgId, url.searchParams.get('under'));
  const unread = await api('notices.unread', {
    params: { noticeId: notice.id },
    query: { orgId: drill.under === notice.orgId ? null : drill.under, cursor: url.searchParams.get('ucursor') },
  });
  return {
    org: { id: org.id, name: org.name, ancestors: org.ancestors },
    notice: { ...notice, bodyHtml: undefined },
    stats,
    drill,
    unread: unread.ok ? unread.data : { items: [], cursor: null },
    unreadError: unread.ok ? null : unread.error.code,
    done: url.searchParams.get('done'),
  };
};

const REQUEST_ID = /^[A-Za-z0-9-]{8,64}$/;

export const actions: Actions = {
  /** Two steps: the first post asks for confirmation and brings a fresh request id; the second sends. */
  remind: async ({ request, params }) => {
    const form = await request.formData();
    const requestId = text(form, 'requestId');
    if (text(form, 'confirmed') !== 'yes' || !REQUEST_ID.test(requestId)) return { confirmRemind: { requestId: randomUUID() } };
    const result = await api('notices.remind', { params: { noticeId: params.noticeId }, body: { requestId } });
    if (!result.ok) return apiFailure(result.status, result.error, { form: 'remind' });
    return { reminded: result.data };
  },
};
