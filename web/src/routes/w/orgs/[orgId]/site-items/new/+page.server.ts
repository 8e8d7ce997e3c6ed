import { redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { api } from '#lib/server/api.ts';
import { apiFailure } from '#lib/server/form-failure.ts';
import { text } from '#lib/server/form-fields.ts';
import { raise } from '#lib/server/raise.ts';
import { chosenImage, uploadImage } from '#lib/server/site-items/image-upload.ts';
import { itemBody, readItemForm } from '#lib/server/site-items/item-form.ts';

export const load: PageServerLoad = async ({ params }) => {
  const org = await api('orgs.get', { params: { orgId: params.orgId } });
  if (!org.ok) raise(org);
  return { org: { id: org.data.id, name: org.data.name, ancestors: org.data.ancestors } };
};

export const actions: Actions = {
  default: async ({ request, params }) => {
    const form = await request.formData();
    const values = readItemForm(form);
    const image = chosenImage(form);
    if (image) {
      const uploaded = await uploadImage(params.orgId, image);
      if ('error' in uploaded) return apiFailure(400, { code: uploaded.error, message: '', fields: { imageIds: [uploaded.error] } }, { values: { ...values } });
      values.imageIds.push(uploaded.id);
    }
    const res = await api('siteItems.create', { params: { orgId: params.orgId }, body: itemBody(values, text(form, 'intent') === 'submit') });
    if (!res.ok) return apiFailure(res.status, res.error, { values: { ...values } });
    redirect(303, `/w/orgs/${params.orgId}/site-items/${res.data.id}`);
  },
};
