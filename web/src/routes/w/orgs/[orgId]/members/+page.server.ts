import { redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { MEMBER_STATUSES, type MemberStatus } from '@trellis/shared/members/member-types';
import { pageUrl } from '#lib/form-action.ts';
import { api } from '#lib/server/api.ts';
import { apiFailure, invalid } from '#lib/server/form-failure.ts';
import { text } from '#lib/server/form-fields.ts';
import { raise } from '#lib/server/raise.ts';

const statusOf = (value: string | null): MemberStatus =>
  (MEMBER_STATUSES as readonly string[]).includes(value ?? '') ? (value as MemberStatus) : 'pending';

export const load: PageServerLoad = async ({ params, url }) => {
  const status = statusOf(url.searchParams.get('status'));
  const q = (url.searchParams.get('q') ?? '').trim().slice(0, 60);
  const [org, list] = await Promise.all([
    api('orgs.get', { params: { orgId: params.orgId } }),
    api('members.list', { params: { orgId: params.orgId }, query: { status, q, cursor: url.searchParams.get('cursor') } }),
  ]);
  if (!org.ok) raise(org);
  if (!list.ok) raise(list);
  return { org: org.data, status, q, page: list.data, done: url.searchParams.get('done') };
};

export const actions: Actions = {
  decide: async ({ request, params, url }) => {
    const form = await request.formData();
    const item = text(form, 'memberId');
    const decision = text(form, 'decision') === 'approve' ? 'approve' : 'reject';
    const reason = text(form, 'reason').trim();
    const values = { reason };
    if (decision === 'reject' && !reason) return invalid({ reason: ['reason.required'] }, { form: 'decide', item, values });
    const result = await api('members.decide', { params: { orgId: params.orgId, memberId: item }, body: { decision, reason } });
    if (!result.ok) return apiFailure(result.status, result.error, { form: 'decide', item, values });
    redirect(303, pageUrl(url, { done: 'decided', cursor: null }));
  },
};
