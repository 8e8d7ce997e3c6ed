import type { Actions, PageServerLoad } from './$types';
import { RESOURCE_STATUSES, type ResourceStatus } from '@trellis/shared/resources/schemas';
import { api } from '#lib/server/api.ts';
import { apiFailure, invalid } from '#lib/server/form-failure.ts';
import { text } from '#lib/server/form-fields.ts';
import { raise } from '#lib/server/raise.ts';

const STATUSES: ResourceStatus[] = [...RESOURCE_STATUSES];

/** The school's review queue, one tab per status (`?status=`, default pending). */
export const load: PageServerLoad = async ({ locals, params, url }) => {
  const org = await api('orgs.get', { params: { orgId: params.orgId } });
  if (!org.ok) raise(org);
  const wanted = url.searchParams.get('status');
  const status = STATUSES.find((s) => s === wanted) ?? 'pending';
  const list = await api('resources.school', { params: { orgId: params.orgId }, query: { status, cursor: url.searchParams.get('cursor') } });
  if (!list.ok) raise(list);
  return {
    org: { id: org.data.id, name: org.data.name, ancestors: org.data.ancestors },
    status,
    statuses: STATUSES,
    items: list.data.items,
    cursor: list.data.cursor,
    /** Nobody reviews their own work: the forms are not shown on it. */
    me: locals.session?.account.id ?? null,
  };
};

export const actions: Actions = {
  approve: async ({ request }) => {
    const form = await request.formData();
    const id = text(form, 'resourceId');
    const res = await api('resources.review', { params: { resourceId: id }, body: { decision: 'approve', reason: '' } });
    if (!res.ok) return apiFailure(res.status, res.error, { form: 'review', item: id });
    return { decided: { item: id, status: res.data.status } };
  },
  return: async ({ request }) => {
    const form = await request.formData();
    const id = text(form, 'resourceId');
    const reason = text(form, 'reason').trim();
    if (!reason) return invalid({ reason: ['reason.required'] }, { form: 'return', item: id, values: { reason } });
    if (text(form, 'confirmed') !== 'yes') return { confirmReturn: { item: id, reason } };
    const res = await api('resources.review', { params: { resourceId: id }, body: { decision: 'return', reason } });
    if (!res.ok) return apiFailure(res.status, res.error, { form: 'return', item: id, values: { reason } });
    return { decided: { item: id, status: res.data.status } };
  },
};
