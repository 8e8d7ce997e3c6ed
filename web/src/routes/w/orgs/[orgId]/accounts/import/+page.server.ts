import { fail } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { api } from '#lib/server/api.ts';
import { apiFailure } from '#lib/server/form-failure.ts';
import { raise } from '#lib/server/raise.ts';
import { parseRoster } from '#lib/server/roster-xlsx.ts';

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
    const roster = await parseRoster(await file.arrayBuffer());
    if (!roster) return fail(400, { fields: { file: ['imp.fileInvalid'] } });
    if (roster.length === 0) return fail(400, { error: 'rows.required' });
    if (roster.length > 500) return fail(400, { error: 'rows.too_many' });
    const rows = roster.map(({ username, displayName, phone }) => ({ username, displayName, ...(phone ? { phone } : {}) }));
    const res = await api('accounts.import', { params: { orgId: params.orgId }, body: { role: 'teacher', rows } });
    if (!res.ok) return apiFailure(res.status, res.error);
    const results = res.data.results.map((r) => {
      const source = roster[r.row - 1];
      return { ...r, sheetRow: source?.sheetRow ?? r.row + 1, displayName: source?.displayName ?? '', phone: source?.phone ?? '' };
    });
    return { imported: { created: res.data.created, failed: res.data.failed, results } };
  },
};
