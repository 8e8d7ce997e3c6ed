import { redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { applicationInput } from '@trellis/shared/applications/schemas';
import { siteAddressSuggestionInput } from '@trellis/shared/sites/schemas';
import { api } from '#lib/server/api.ts';
import { apiFailure, invalid, zodFields } from '#lib/server/form-failure.ts';
import { pick, text } from '#lib/server/form-fields.ts';
import { loadParentPicker } from './parent-picker.server';

const ECHOED = ['parent', 'name', 'type', 'region', 'slug', 'code', 'contactName', 'mobile', 'email', 'adminUsername'] as const;

export const load: PageServerLoad = ({ url }) => loadParentPicker(url);

/** The picker's radio value is "<id> <name>": ids have no spaces, and the name survives a failed POST. */
function splitParent(value: string): { parentId: string; parentName: string } {
  const space = value.indexOf(' ');
  return space < 0 ? { parentId: value, parentName: value } : { parentId: value.slice(0, space), parentName: value.slice(space + 1) };
}

export const actions: Actions = {
  /** Fills in the readable address the name would get, without submitting (the form's second button; works without JavaScript). */
  suggest: async ({ request }) => {
    const values = pick(await request.formData(), ECHOED);
    const parsed = siteAddressSuggestionInput.safeParse({ name: values.name });
    if (!parsed.success) return invalid({ name: zodFields(parsed.error).name ?? ['name.too_short'] }, { values });
    const result = await api('sites.suggestAddress', { query: { name: parsed.data.name } }, null);
    if (!result.ok) return apiFailure(result.status, result.error, { values });
    return { values: { ...values, slug: result.data.slug }, address: result.data };
  },

  submit: async ({ request }) => {
    const form = await request.formData();
    const values = pick(form, ECHOED);
    const { parentId } = splitParent(values.parent);
    const adminPassword = text(form, 'adminPassword');
    const input = {
      name: values.name,
      type: values.type,
      parentId,
      region: values.region,
      code: values.code,
      contactName: values.contactName,
      mobile: values.mobile,
      email: values.email.trim(),
      adminUsername: values.adminUsername,
      adminPassword,
      slug: values.slug.trim().toLowerCase(),
    };

    const parsed = applicationInput.safeParse(input);
    const fields = parsed.success ? {} : zodFields(parsed.error);
    if (fields.parentId) {
      fields.parent = parentId ? fields.parentId : ['parent.required'];
      delete fields.parentId;
    }
    if (!fields.adminPassword && text(form, 'adminPasswordConfirm') !== adminPassword) {
      fields.adminPasswordConfirm = ['password.mismatch'];
    }
    if (!parsed.success || Object.keys(fields).length > 0) return invalid(fields, { values });

    const result = await api('applications.apply', { body: { ...input, type: parsed.data.type } }, null);
    if (!result.ok) {
      const apiFields = result.error.fields;
      if (apiFields?.parentId) apiFields.parent = apiFields.parentId;
      if (result.error.code === 'slug.taken') return invalid({ slug: ['slug.taken'] }, { values });
      return apiFailure(result.status, result.error, { values });
    }
    redirect(303, `/apply/status/${encodeURIComponent(result.data.number)}`);
  },
};
