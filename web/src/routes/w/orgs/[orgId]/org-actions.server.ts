import { redirect, type RequestEvent } from '@sveltejs/kit';
import { createChildOrgInput, updateOrgInput } from '@trellis/shared/orgs/schemas';
import { siteAddressInput } from '@trellis/shared/sites/schemas';
import { pageUrl } from '#lib/form-action.ts';
import { api } from '#lib/server/api.ts';
import { apiFailure, invalid, zodFields } from '#lib/server/form-failure.ts';
import { pick, text } from '#lib/server/form-fields.ts';

type Event = RequestEvent<{ orgId: string }>;

/** Form actions on the org itself: create a child, edit, disable and re-enable. */
export const orgActions = {
  createChild: async ({ request, params, url }: Event) => {
    const form = await request.formData();
    const values = pick(form, ['name', 'type', 'slug', 'region', 'code'] as const);
    const parsed = createChildOrgInput.safeParse({ orgId: params.orgId, ...values, slug: values.slug || undefined });
    if (!parsed.success) return invalid(zodFields(parsed.error), { form: 'createChild', values });

    const body = {
      name: parsed.data.name,
      type: parsed.data.type,
      region: parsed.data.region,
      ...(values.slug.trim() ? { slug: values.slug.trim() } : {}),
      ...(values.code.trim() ? { code: values.code.trim() } : {}),
    };
    const result = await api('orgs.create', { params: { orgId: params.orgId }, body });
    if (!result.ok) return apiFailure(result.status, result.error, { form: 'createChild', values });
    redirect(303, pageUrl(url, { done: 'orgCreated', cursor: null }));
  },

  /** Checks the proposed site address without creating anything (the form's second button; works without JavaScript). */
  checkAddress: async ({ request }: Event) => {
    const form = await request.formData();
    const values = pick(form, ['name', 'type', 'slug', 'region', 'code'] as const);
    const parsed = siteAddressInput.safeParse({ slug: values.slug });
    if (!parsed.success) return invalid(zodFields(parsed.error), { form: 'createChild', values });
    const result = await api('sites.address', { params: { slug: parsed.data.slug } }, null);
    if (!result.ok) return apiFailure(result.status, result.error, { form: 'createChild', values });
    return { form: 'createChild', values, address: result.data };
  },

  update: async ({ request, params, url }: Event) => {
    const form = await request.formData();
    const values = pick(form, ['name', 'type', 'region', 'expectedVersion'] as const);
    const parsed = updateOrgInput.safeParse({ orgId: params.orgId, ...values });
    if (!parsed.success) return invalid(zodFields(parsed.error), { form: 'update', values });

    const body = { expectedVersion: parsed.data.expectedVersion, name: values.name, type: parsed.data.type, region: values.region };
    const result = await api('orgs.update', { params: { orgId: params.orgId }, body });
    if (!result.ok) {
      // On a version conflict the page shows the fresh data instead of the stale edit.
      const keep = result.error.code === 'conflict.version' ? {} : { values };
      return apiFailure(result.status, result.error, { form: 'update', ...keep });
    }
    redirect(303, pageUrl(url, { done: 'orgUpdated' }));
  },

  setStatus: async ({ request, params, url }: Event) => {
    const form = await request.formData();
    const status = text(form, 'status') === 'active' ? 'active' : 'disabled';
    const reason = text(form, 'reason').trim();
    const values = { reason, status };
    if (status === 'disabled' && !reason) return invalid({ reason: ['reason.required'] }, { form: 'setStatus', values });
    if (reason.length > 200) return invalid({ reason: ['reason.too_long'] }, { form: 'setStatus', values });
    if (text(form, 'confirmed') !== 'yes') return { confirmStatus: { status, reason } };

    const result = await api('orgs.status', { params: { orgId: params.orgId }, body: { status, reason } });
    if (!result.ok) return apiFailure(result.status, result.error, { form: 'setStatus', values });
    if (status === 'disabled' && result.data.parentId) {
      // A disabled org's own page may be closed to its admins' superiors too: land on the parent,
      // whose list of sub-organizations shows the new status.
      redirect(303, `/w/orgs/${encodeURIComponent(result.data.parentId)}?done=orgDisabled`);
    }
    redirect(303, pageUrl(url, { done: status === 'active' ? 'orgEnabled' : 'orgDisabled' }));
  },
};
