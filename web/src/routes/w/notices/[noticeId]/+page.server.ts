import { redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { pageUrl } from '#lib/form-action.ts';
import { api } from '#lib/server/api.ts';
import { apiFailure } from '#lib/server/form-failure.ts';
import { raise } from '#lib/server/raise.ts';

/**
 * One notice as its recipient sees it. Opening it marks it read (once); the first time, the
 * unread count is fetched again so the nav badge (loaded in parallel) is not a step behind.
 */
export const load: PageServerLoad = async ({ params, url }) => {
  const found = await api('inbox.get', { params: { noticeId: params.noticeId } });
  if (!found.ok) raise(found);
  const notice = found.data;
  // A system message is read by following it: mark it and go to what it is about.
  if (notice.kind === 'system' && notice.link) {
    if (!notice.readAt) await api('inbox.read', { params: { noticeId: notice.noticeId } });
    redirect(303, notice.link);
  }
  let unread: number | undefined;
  if (!notice.readAt) {
    const read = await api('inbox.read', { params: { noticeId: notice.noticeId } });
    if (read.ok) {
      notice.readAt = read.data.readAt;
      notice.confirmedAt = read.data.confirmedAt;
      const inbox = await api('inbox.list');
      if (inbox.ok) unread = inbox.data.unread;
    }
  }
  return { notice, done: url.searchParams.get('done'), ...(unread === undefined ? {} : { unread }) };
};

export const actions: Actions = {
  confirm: async ({ params, url }) => {
    const result = await api('inbox.confirm', { params: { noticeId: params.noticeId } });
    if (!result.ok) {
      const code = Object.values(result.error.fields ?? {}).flat()[0];
      return apiFailure(result.status, code ? { ...result.error, code } : result.error, { form: 'confirm' });
    }
    redirect(303, pageUrl(url, { done: 'confirmed' }));
  },
};
