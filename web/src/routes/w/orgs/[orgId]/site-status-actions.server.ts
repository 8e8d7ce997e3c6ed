import { redirect, type RequestEvent } from '@sveltejs/kit';
import { pageUrl } from '#lib/form-action.ts';
import { api } from '#lib/server/api.ts';
import { apiFailure, invalid } from '#lib/server/form-failure.ts';
import { text } from '#lib/server/form-fields.ts';

type Event = RequestEvent<{ orgId: string }>;

/** A superior closes (with a reason, after a confirmation step) or reopens the org's public site. */
export const siteStatusActions = {
  setSiteStatus: async ({ request, params, url }: Event) => {
    const form = await request.formData();
    const state = text(form, 'state') === 'active' ? 'active' : 'closed';
    const reason = text(form, 'reason').trim();
    const values = { reason, state };
    if (state === 'closed' && !reason) return invalid({ reason: ['reason.required'] }, { form: 'setSiteStatus', values });
    if (reason.length > 500) return invalid({ reason: ['reason.too_long'] }, { form: 'setSiteStatus', values });
    if (text(form, 'confirmed') !== 'yes') return { confirmSite: { state, reason } };
    const result = await api('sites.status', { params: { orgId: params.orgId }, body: { state, reason } });
    if (!result.ok) return apiFailure(result.status, result.error, { form: 'setSiteStatus', values });
    redirect(303, pageUrl(url, { done: 'siteStatus' }));
  },
};
