import { error } from '@sveltejs/kit';
import type { UnreadRecipient } from '@trellis/shared/notices/schemas';
import type { RequestHandler } from './$types';
import { tFor } from '#lib/i18n/translate.ts';
import { api, type ApiResult } from '#lib/server/api.ts';
import type { Page } from '@trellis/shared/orgs/org';
import { attachmentDisposition, noticeWorkbook } from '#lib/server/notice-xlsx.ts';

/** Enough pages for any realistic notice; stops a runaway cursor loop. */
const MAX_PAGES = 500;

/**
 * The statistics as an .xlsx download. The API decides who may have them: its 403 (or 404)
 * is passed on as is.
 */
export const GET: RequestHandler = async ({ locals, params }) => {
  if (!locals.session) error(401, 'Sign in first', { code: 'auth.required' });
  const found = await api('notices.get', { params: { noticeId: params.noticeId } });
  if (!found.ok) error(found.status === 400 ? 404 : found.status, found.error.message, { code: found.error.code });
  const { notice, stats } = found.data;
  if (notice.orgId !== params.orgId) error(404, 'Not found', { code: 'not_found' });

  const unread: UnreadRecipient[] = [];
  let cursor: string | null = null;
  for (let page = 0; page < MAX_PAGES; page++) {
    const result: ApiResult<Page<UnreadRecipient>> = await api('notices.unread', { params: { noticeId: notice.id }, query: { cursor } });
    if (!result.ok) error(result.status, result.error.message, { code: result.error.code });
    unread.push(...result.data.items);
    cursor = result.data.cursor;
    if (!cursor) break;
  }

  const body = await noticeWorkbook(locals.lang, notice, stats, unread);
  const day = new Date(Date.now() + 8 * 3600_000).toISOString().slice(0, 10);
  const title = notice.title.replace(/[\\/:*?"<>|\u0000-\u001f]/g, '_').slice(0, 60);
  return new Response(body, {
    headers: {
      'content-type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      'content-disposition': attachmentDisposition(`${tFor(locals.lang, 'stats.fileName')}-${title}-${day}.xlsx`, `notice-${notice.id}.xlsx`),
      'cache-control': 'private, no-store',
    },
  });
};
