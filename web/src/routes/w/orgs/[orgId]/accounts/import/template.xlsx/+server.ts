import { error } from '@sveltejs/kit';
import type { RequestHandler } from './$types';
import { rosterTemplate } from '#lib/server/roster-xlsx.ts';

/** The 教师批量导入 template (用户名, 姓名, 手机号). */
export const GET: RequestHandler = async ({ locals }) => {
  if (!locals.session) error(401, 'Sign in first', { code: 'auth.required' });
  return new Response(await rosterTemplate(), {
    headers: {
      'content-type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      'content-disposition': `attachment; filename="teacher-import.xlsx"; filename*=UTF-8''${encodeURIComponent('教师批量导入模板.xlsx')}`,
      'cache-control': 'private, no-store',
    },
  });
};
