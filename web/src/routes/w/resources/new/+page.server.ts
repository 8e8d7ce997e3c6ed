import { redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { createResourceInput } from '@trellis/shared/resources/schemas';
import { api } from '#lib/server/api.ts';
import { apiFailure, invalid, zodFields } from '#lib/server/form-failure.ts';
import { text } from '#lib/server/form-fields.ts';

/**
 * The metadata form after an upload: `?uploadId=&orgId=` come from "我的上传" on /w/uploads. The
 * file's name comes from my uploads that wait to be submitted (the server's list).
 */
export const load: PageServerLoad = async ({ url }) => {
  const uploadId = url.searchParams.get('uploadId') ?? '';
  const mine = uploadId ? await api('uploads.mine', { query: {} }) : null;
  const upload = mine?.ok ? mine.data.items.find((u) => u.uploadId === uploadId) : undefined;
  return { uploadId, orgId: url.searchParams.get('orgId') ?? '', fileName: upload?.fileName ?? null, size: upload?.size ?? null };
};

const FIELDS = ['uploadId', 'orgId', 'coverUploadId', 'title', 'category', 'subject', 'description', 'authors'] as const;

export const actions: Actions = {
  default: async ({ request }) => {
    const form = await request.formData();
    const values: Record<string, string> = {};
    for (const name of FIELDS) values[name] = text(form, name);
    values.publicOnSite = form.get('publicOnSite') === 'on' ? 'on' : '';
    const authors = values.authors!.split(/\r?\n/).map((a) => a.trim()).filter(Boolean);
    const parsed = createResourceInput.safeParse({
      orgId: values.orgId,
      uploadId: values.uploadId,
      coverUploadId: values.coverUploadId || undefined,
      title: values.title,
      category: values.category || undefined,
      subject: values.subject || undefined,
      description: values.description,
      authors,
      publicOnSite: values.publicOnSite === 'on',
    });
    if (!parsed.success) return invalid(zodFields(parsed.error), { values });
    const { orgId, ...body } = parsed.data;
    const res = await api('resources.create', { params: { orgId }, body });
    if (!res.ok) return apiFailure(res.status, res.error, { values });
    redirect(303, `/w/resources/${res.data.id}?submitted=1`);
  },
};
