import { redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { api } from '#lib/server/api.ts';
import { apiFailure } from '#lib/server/form-failure.ts';
import { text } from '#lib/server/form-fields.ts';
import { raise } from '#lib/server/raise.ts';
import { chosenImage, uploadImage } from '#lib/server/site-items/image-upload.ts';
import { itemBody, readItemForm } from '#lib/server/site-items/item-form.ts';

export const load: PageServerLoad = async ({ params }) => {
  const item = await api('siteItems.get', { params: { orgId: params.orgId, itemId: params.itemId } });
  if (!item.ok) raise(item);
  return { item: item.data, orgId: params.orgId };
};

export const actions: Actions = {
  default: async ({ request, params }) => {
    const form = await request.formData();
    const values = readItemForm(form);
    const expectedVersion = Number(text(form, 'expectedVersion'));
    const image = chosenImage(form);
    if (image) {
      const uploaded = await uploadImage(params.orgId, image);
      if ('error' in uploaded) return apiFailure(400, { code: uploaded.error, message: '', fields: { imageIds: [uploaded.error] } }, { values: { ...values } });
      values.imageIds.push(uploaded.id);
    }
    const body = { ...itemBody(values, text(form, 'intent') === 'submit'), expectedVersion };
    const res = await api('siteItems.update', { params: { orgId: params.orgId, itemId: params.itemId }, body });
    if (!res.ok) return apiFailure(res.status, res.error, { values: { ...values } });
    redirect(303, `/w/orgs/${params.orgId}/site-items/${params.itemId}`);
  },
};
