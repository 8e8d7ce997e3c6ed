import { redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { memberFields } from '@trellis/shared/members/schemas';
import { api } from '#lib/server/api.ts';
import { apiFailure, invalid, zodFields } from '#lib/server/form-failure.ts';
import { pick, text } from '#lib/server/form-fields.ts';
import { raise } from '#lib/server/raise.ts';

const FIELDS = ['name', 'type', 'code', 'contactPerson', 'phone', 'email', 'address', 'note'] as const;

export const load: PageServerLoad = async ({ params, url }) => {
  const [org, member] = await Promise.all([
    api('orgs.get', { params: { orgId: params.orgId } }),
    api('members.get', { params: { orgId: params.orgId, memberId: params.memberId } }),
  ]);
  if (!org.ok) raise(org);
  if (!member.ok) raise(member);
  return { org: org.data, member: member.data, saved: url.searchParams.get('saved') === '1' };
};

export const actions: Actions = {
  update: async ({ request, params, url }) => {
    const form = await request.formData();
    const values = pick(form, FIELDS);
    const expectedVersion = Number(text(form, 'expectedVersion'));
    const parsed = memberFields.safeParse(values);
    if (!parsed.success) return invalid(zodFields(parsed.error), { form: 'update', values });
    const result = await api('members.update', { params: { orgId: params.orgId, memberId: params.memberId }, body: { ...parsed.data, expectedVersion } });
    if (!result.ok) return apiFailure(result.status, result.error, { form: 'update', ...(result.error.code === 'conflict.version' ? {} : { values }) });
    redirect(303, `${url.pathname}?saved=1`);
  },
  end: async ({ request, params }) => {
    const form = await request.formData();
    const reason = text(form, 'reason').trim();
    if (!reason) return invalid({ reason: ['reason.required'] }, { form: 'end', values: { reason } });
    if (reason.length > 500) return invalid({ reason: ['reason.too_long'] }, { form: 'end', values: { reason } });
    if (text(form, 'confirmed') !== 'yes') return { confirm: { item: params.memberId, reason } };
    const result = await api('members.end', { params: { orgId: params.orgId, memberId: params.memberId }, body: { reason } });
    if (!result.ok) return apiFailure(result.status, result.error, { form: 'end', values: { reason } });
    redirect(303, `/w/orgs/${encodeURIComponent(params.orgId)}/members?status=ended&done=ended`);
  },
};
