import { error, redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { memberFields } from '@trellis/shared/members/schemas';
import { api } from '#lib/server/api.ts';
import { newCaptcha } from '#lib/server/captcha.ts';
import { apiFailure, invalid, zodFields } from '#lib/server/form-failure.ts';
import { pick, text } from '#lib/server/form-fields.ts';
import { followSiteAddress } from '#lib/server/site-address.ts';

const FIELDS = ['name', 'type', 'code', 'contactPerson', 'phone', 'email', 'address', 'note'] as const;

export const load: PageServerLoad = async ({ params, url }) => {
  const site = await api('members.publicList', { params: { slug: params.slug } }, null);
  if (!site.ok || site.data.site.closed) error(404, 'Not found', { code: 'site.not_found' });
  followSiteAddress(url, site.data.site.slug);
  return { org: { name: site.data.site.name, slug: site.data.site.slug, type: site.data.site.type } };
};

export const actions: Actions = {
  default: async ({ request, params }) => {
    const form = await request.formData();
    const values = pick(form, FIELDS);
    const captchaId = text(form, 'captchaId');
    const captchaAnswer = text(form, 'captchaAnswer').trim();
    const parsed = memberFields.safeParse(values);
    // A captcha shown before stays required until the application goes through.
    const captcha = captchaId ? await newCaptcha() : undefined;
    if (!parsed.success) return invalid(zodFields(parsed.error), { values, ...(captcha ? { captcha } : {}) });

    const body = { ...values, type: parsed.data.type, ...(captchaId ? { captchaId, captchaAnswer } : {}) };
    const result = await api('members.apply', { params: { slug: params.slug }, body }, null);
    if (!result.ok) {
      const needsCaptcha = Boolean(result.error.fields?.captchaAnswer) || Boolean(captchaId);
      const fresh = needsCaptcha ? (captcha ?? (await newCaptcha())) : undefined;
      return apiFailure(result.status, result.error, { values, ...(fresh ? { captcha: fresh } : {}) });
    }
    redirect(303, `/o/${encodeURIComponent(params.slug)}/members/status/${encodeURIComponent(result.data.number)}?received=1`);
  },
};
