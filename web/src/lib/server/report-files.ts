import { fail, redirect } from '@sveltejs/kit';
import { MATERIAL_KINDS, type MaterialKind } from '@trellis/shared/reporting/schemas';
import { api } from './api';
import { text } from './form-fields';
import { formFields } from './report-save';
import { readReportWorkbook } from './report-xlsx-bridge';

/** Attaches a finished upload of the org to its report as a case-study material. */
export async function attachMaterial(orgId: string, roundId: string, posted: FormData, back: string) {
  const kind = text(posted, 'kind') as MaterialKind;
  const uploadId = text(posted, 'uploadId').trim();
  const values = { kind, uploadId };
  if (!MATERIAL_KINDS.includes(kind)) return fail(400, { form: 'attach', values, fields: { kind: ['report.choice'] }, error: 'validation.failed' });
  if (!uploadId) return fail(400, { form: 'attach', values, fields: { uploadId: ['upload.not_completed'] }, error: 'validation.failed' });
  const res = await api('reporting.attach', { params: { orgId, roundId }, body: { uploadId, kind } });
  if (!res.ok) return fail(res.status, { form: 'attach', values, fields: res.error.fields, error: res.error.code });
  redirect(303, `${back}?done=attach`);
}

/**
 * Imports a filled template: the whole workbook is checked first (per-cell errors) and nothing
 * is saved unless all of it is valid; then it is saved as the draft at the page's version.
 */
export async function importWorkbook(orgId: string, roundId: string, posted: FormData, back: string) {
  const file = posted.get('file');
  if (!(file instanceof File) || file.size === 0) return fail(400, { form: 'import', error: 'import.file_required' });
  const read = await readReportWorkbook(text(posted, 'formId'), await file.arrayBuffer());
  if (!read.ok) return fail(400, { form: 'import', error: read.error, cells: read.cells });
  const expectedVersion = Number(text(posted, 'expectedVersion'));
  const res = await api('reporting.save', { params: { orgId, roundId }, body: { expectedVersion, data: read.data } });
  if (!res.ok) return fail(res.status, { form: 'import', error: res.error.code, fields: formFields(res.error.fields) });
  redirect(303, `${back}?done=import`);
}
