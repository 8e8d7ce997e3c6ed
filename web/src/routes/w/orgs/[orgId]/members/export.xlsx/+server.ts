import { error } from '@sveltejs/kit';
import type { MemberView } from '@trellis/shared/members/schemas';
import type { RequestHandler } from './$types';
import { tFor } from '#lib/i18n/translate.ts';
import { api, type ApiResult } from '#lib/server/api.ts';
import type { Page } from '@trellis/shared/orgs/org';
import { membersWorkbook } from '#lib/server/members-xlsx.ts';
import { attachmentDisposition } from '#lib/server/notice-xlsx.ts';

/** Enough pages for any org; stops a runaway cursor loop. */
const MAX_PAGES = 500;

/** The org's current members as an .xlsx download. The API decides who may have it (403 passed on). */
export const GET: RequestHandler = async ({ locals, params }) => {
  if (!locals.session) error(401, 'Sign in first', { code: 'auth.required' });
  const members: MemberView[] = [];
  let cursor: string | null = null;
  for (let page = 0; page < MAX_PAGES; page++) {
    const result: ApiResult<Page<MemberView>> = await api('members.list', { params: { orgId: params.orgId }, query: { status: 'approved', cursor } });
    if (!result.ok) error(result.status === 400 ? 404 : result.status, result.error.message, { code: result.error.code });
    members.push(...result.data.items);
    cursor = result.data.cursor;
    if (!cursor) break;
  }
  const body = await membersWorkbook(locals.lang, members);
  const day = new Date(Date.now() + 8 * 3600_000).toISOString().slice(0, 10);
  return new Response(body, {
    headers: {
      'content-type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      'content-disposition': attachmentDisposition(`${tFor(locals.lang, 'mem.fileName')}-${day}.xlsx`, `members-${params.orgId}.xlsx`),
      'cache-control': 'private, no-store',
    },
  });
};
