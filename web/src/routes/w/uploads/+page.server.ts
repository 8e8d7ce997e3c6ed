import { redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { membershipsAllowing } from '#lib/access/actor.ts';
import { api } from '#lib/server/api.ts';
import { apiFailure } from '#lib/server/form-failure.ts';
import { text } from '#lib/server/form-fields.ts';
import type { MyUpload } from '@trellis/shared/uploads/schemas';

/**
 * The orgs where the session may upload (the API re-checks on create) and the account's uploads
 * that still need it (`uploads.mine`: unfinished or not yet submitted, kept by the server, so
 * they show in any browser). The uploader itself talks to `./api/...` and to object storage.
 */
export const load: PageServerLoad = async ({ locals, url, depends }) => {
  depends('app:my-uploads');
  const session = locals.session;
  const orgs = session ? membershipsAllowing(session, 'upload.create').map((m) => ({ id: m.orgId, name: m.orgName })) : [];
  let mine: MyUpload[] = [];
  let cursor: string | null = null;
  if (session && orgs.length > 0) {
    const res = await api('uploads.mine', { query: { cursor: url.searchParams.get('cursor') ?? undefined } });
    if (res.ok) ({ items: mine, cursor } = res.data);
  }
  return { orgs, accountId: session?.account.id ?? '', mine, cursor, done: url.searchParams.get('done') };
};

export const actions: Actions = {
  /** Discard one of my uploads (two steps: the first post asks to confirm; works without JavaScript). */
  discard: async ({ request }) => {
    const form = await request.formData();
    const uploadId = text(form, 'uploadId');
    if (form.get('confirmed') !== 'yes') return { form: 'discard', item: uploadId, confirm: true };
    const res = await api('uploads.abort', { params: { uploadId } });
    if (!res.ok) return apiFailure(res.status, res.error, { form: 'discard', item: uploadId });
    redirect(303, '/w/uploads?done=discarded');
  },
};
