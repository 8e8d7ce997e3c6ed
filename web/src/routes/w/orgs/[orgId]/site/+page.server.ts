import { error, redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { editSiteInput } from '@trellis/shared/sites/schemas';
import { can } from '#lib/access/actor.ts';
import { api } from '#lib/server/api.ts';
import { apiFailure, invalid, zodFields } from '#lib/server/form-failure.ts';
import { pick } from '#lib/server/form-fields.ts';

export const load: PageServerLoad = async ({ locals, params, url }) => {
  const org = await api('orgs.get', { params: { orgId: params.orgId } });
  if (!org.ok) {
    const denied = org.status === 403 || org.status === 404;
    error(denied ? 403 : org.status, org.error.message, { code: denied ? 'access.denied' : org.error.code });
  }
  const target = { id: org.data.id, path: org.data.path, status: org.data.status };
  if (!can(locals.session, 'site.edit', target)) error(403, 'Forbidden', { code: 'access.denied' });
  return { org: org.data, saved: url.searchParams.get('saved') === '1' };
};

const FIELDS = ['intro', 'person', 'phone', 'email', 'address', 'expectedVersion'] as const;

export const actions: Actions = {
  default: async ({ request, params, url }) => {
    const form = await request.formData();
    const values = pick(form, FIELDS);
    const input = {
      orgId: params.orgId,
      expectedVersion: values.expectedVersion,
      intro: values.intro.replace(/\r\n/g, '\n'),
      contact: { person: values.person, phone: values.phone, email: values.email.trim(), address: values.address },
    };
    const parsed = editSiteInput.safeParse(input);
    if (!parsed.success) {
      const fields = zodFields(parsed.error);
      // contact.person -> person: the form's field names are flat.
      for (const key of Object.keys(fields)) {
        if (key.startsWith('contact.')) fields[key.slice('contact.'.length)] = fields[key]!;
      }
      return invalid(fields, { values });
    }

    const body = { expectedVersion: Number(values.expectedVersion), intro: input.intro, contact: input.contact };
    const result = await api('sites.edit', { params: { orgId: params.orgId }, body });
    if (!result.ok) {
      const fields = result.error.fields;
      if (fields) for (const key of Object.keys(fields)) if (key.startsWith('contact.')) fields[key.slice(8)] = fields[key]!;
      return apiFailure(result.status, result.error, result.error.code === 'conflict.version' ? {} : { values });
    }
    redirect(303, `${url.pathname}?saved=1`);
  },
};
