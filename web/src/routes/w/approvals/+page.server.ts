import { error, redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { membershipsAllowing } from '#lib/access/actor.ts';
import { api, type ApiError } from '#lib/server/api.ts';
import { apiFailure, invalid } from '#lib/server/form-failure.ts';
import { text } from '#lib/server/form-fields.ts';
import { pageUrl } from '#lib/form-action.ts';

const STATUSES = ['pending', 'approved', 'rejected'] as const;
type Status = (typeof STATUSES)[number];

export const load: PageServerLoad = async ({ locals, url }) => {
  const session = locals.session!;
  const deciders = membershipsAllowing(session, 'application.decide').map((m) => ({ id: m.orgId, name: m.orgName }));
  const orgId = url.searchParams.get('org') || deciders[0]?.id;
  const status: Status = STATUSES.find((s) => s === url.searchParams.get('status')) ?? 'pending';
  if (!orgId) return { deciders, org: null, status, items: [], cursor: null, pendingCount: 0, done: null };

  const cursor = url.searchParams.get('cursor') ?? undefined;
  const [org, list] = await Promise.all([
    api('orgs.get', { params: { orgId } }),
    api('applications.list', { params: { orgId }, query: { status, cursor } }),
  ]);
  if (!org.ok) raise(org);
  if (!list.ok) raise(list);
  return {
    deciders,
    org: { id: org.data.id, name: org.data.name },
    status,
    items: list.data.items,
    cursor: list.data.cursor,
    pendingCount: list.data.counts?.pending ?? 0,
    done: url.searchParams.get('done'),
  };
};

/** 403 and 404 both mean "not yours to see": existence is never leaked. */
function raise(failed: { status: number; error: ApiError }): never {
  const denied = failed.status === 403 || failed.status === 404;
  error(denied ? 403 : failed.status, failed.error.message, { code: denied ? 'access.denied' : failed.error.code });
}

export const actions: Actions = {
  decide: async ({ request, url }) => {
    const form = await request.formData();
    const applicationId = text(form, 'applicationId');
    const decision = text(form, 'decision') === 'reject' ? 'reject' : 'approve';
    const reason = text(form, 'reason').trim();
    const values = { reason };

    if (decision === 'reject') {
      if (!reason) return invalid({ reason: ['reason.required'] }, { form: 'reject', item: applicationId, values });
      if (reason.length > 500) return invalid({ reason: ['reason.too_long'] }, { form: 'reject', item: applicationId, values });
      // Rejection is a two-step action: the first post asks for confirmation, with or without JavaScript.
      if (text(form, 'confirmed') !== 'yes') return { confirm: { item: applicationId, reason } };
    }

    const result = await api('applications.decide', { params: { applicationId }, body: { decision, reason } });
    if (!result.ok) return apiFailure(result.status, result.error, { form: decision, item: applicationId, values });
    redirect(303, pageUrl(url, { cursor: null, done: decision === 'approve' ? 'approved' : 'rejected' }));
  },
};
