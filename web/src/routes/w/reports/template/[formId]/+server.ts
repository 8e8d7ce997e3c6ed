import { error } from '@sveltejs/kit';
import type { RequestHandler } from './$types';
import { FORMS } from '@trellis/shared/reporting/group-annual-form';
import { reportTemplate } from '#lib/server/reporting-xlsx/template.ts';

/** The form's Excel template, generated from its declaration (main sheet, member sheet, codes). */
export const GET: RequestHandler = async ({ params, locals }) => {
  if (!locals.session) error(401, 'Unauthorized', { code: 'auth.required' });
  const form = FORMS[params.formId];
  if (!form) error(404, 'Not found', { code: 'not_found' });
  return xlsx(await reportTemplate(form), `${form.title.zh}-模板.xlsx`);
};

function xlsx(body: ArrayBuffer, fileName: string): Response {
  return new Response(body, {
    headers: {
      'content-type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      'content-disposition': `attachment; filename="template.xlsx"; filename*=UTF-8''${encodeURIComponent(fileName)}`,
      'cache-control': 'private, no-store',
    },
  });
}
