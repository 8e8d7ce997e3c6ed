import { fail } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { api } from '#lib/server/api.ts';
import { apiFailure } from '#lib/server/form-failure.ts';
import { raise } from '#lib/server/raise.ts';
import { parseRoster } from '#lib/server/roster-xlsx.ts';
import { IMPORT_ROSTER_MAX } from '@trellis/shared/accounts/schemas';
import { importIdFor, importInBatches } from './import-batches.server';

/** Bytes of .xlsx accepted (a 500-row roster is far smaller). */
const MAX_BYTES = 2 * 1024 * 1024;

export const load: PageServerLoad = async ({ params }) => {
  const org = await api('orgs.get', { params: { orgId: params.orgId } });
  if (!org.ok) raise(org);
  return { org: { id: org.data.id, name: org.data.name, ancestors: org.data.ancestors } };
};

export const actions: Actions = {
  default: async ({ params, request }) => {
    const form = await request.formData();
    const file = form.get('file');
    if (!(file instanceof File) || file.size === 0) return fail(400, { fields: { file: ['imp.fileRequired'] } });
    if (file.size > MAX_BYTES) return fail(400, { fields: { file: ['imp.fileInvalid'] } });
    const data = await file.arrayBuffer();
    const roster = await parseRoster(data);
    if (!roster) return fail(400, { fields: { file: ['imp.fileInvalid'] } });
    if (roster.length === 0) return fail(400, { error: 'rows.required' });
    if (roster.length > IMPORT_ROSTER_MAX) return fail(400, { error: 'rows.too_many' });
    const outcome = await importInBatches(params.orgId, importIdFor(params.orgId, data), roster);
    const { failure, ...imported } = outcome;
    if (failure && imported.results.length === 0) return apiFailure(failure.status, failure.error);
    return { imported: { ...imported, error: failure?.error.code ?? null } };
  },
};
