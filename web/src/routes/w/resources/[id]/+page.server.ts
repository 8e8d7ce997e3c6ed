import { redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { can } from '#lib/access/actor.ts';
import { api } from '#lib/server/api.ts';
import { apiFailure, invalid } from '#lib/server/form-failure.ts';
import { text } from '#lib/server/form-fields.ts';
import { raise } from '#lib/server/raise.ts';

/**
 * One resource (opening a published one counts a view). The school's org is read only for
 * sessions holding an admin or leader role somewhere, to show the review trail and 下架 form.
 */
export const load: PageServerLoad = async ({ locals, params }) => {
  const res = await api('resources.get', { params: { resourceId: params.id } });
  if (!res.ok) raise(res);
  const session = locals.session;
  const { resource } = res.data;
  let canReview = false;
  let canTakedown = false;
  const privileged = session?.memberships.some((m) => m.roles.some((r) => r === 'admin' || r === 'leader'));
  if (session && privileged) {
    const school = await api('orgs.get', { params: { orgId: resource.schoolId } });
    if (school.ok) {
      const target = { id: school.data.id, path: school.data.path, status: school.data.status };
      canReview = can(session, 'resource.review', target);
      canTakedown = resource.status === 'published' && can(session, 'resource.takedown', target);
    }
  }
  const showTrail = canReview || canTakedown || resource.uploaderId === session?.account.id;
  return { ...res.data, showTrail, canTakedown };
};

export const actions: Actions = {
  download: async ({ params }) => {
    const res = await api('resources.download', { params: { resourceId: params.id } });
    if (!res.ok) return apiFailure(res.status, res.error, { form: 'download' });
    redirect(303, res.data.url);
  },
  takedown: async ({ params, request }) => {
    const form = await request.formData();
    const reason = text(form, 'reason').trim();
    if (!reason) return invalid({ reason: ['reason.required'] }, { form: 'takedown', values: { reason } });
    if (text(form, 'confirmed') !== 'yes') return { confirmTakedown: { reason } };
    const res = await api('resources.takedown', { params: { resourceId: params.id }, body: { reason } });
    if (!res.ok) return apiFailure(res.status, res.error, { form: 'takedown', values: { reason } });
    return { takenDown: true };
  },
};
