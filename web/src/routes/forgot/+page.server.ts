import { redirect } from '@sveltejs/kit';
import type { Actions } from './$types';
import { mobileSchema, passwordSchema } from '@trellis/shared/accounts/schemas';
import { api } from '#lib/server/api.ts';
import { apiFailure, invalid, zodFields } from '#lib/server/form-failure.ts';
import { text } from '#lib/server/form-fields.ts';

/** Step 1 sends a code to the mobile number; step 2 sets a new password with that code. */
export const actions: Actions = {
  code: async ({ request }) => {
    const form = await request.formData();
    const phone = text(form, 'phone').trim();
    const parsed = mobileSchema.safeParse(phone);
    if (!parsed.success) return invalid({ phone: ['mobile.invalid'] }, { form: 'code', values: { phone } });
    const result = await api('auth.smsCode', { body: { phone: parsed.data } }, null);
    if (!result.ok) return apiFailure(result.status, result.error, { form: 'code', values: { phone } });
    return { sent: true, phone };
  },
  reset: async ({ request }) => {
    const form = await request.formData();
    const phone = text(form, 'phone').trim();
    const code = text(form, 'code').trim();
    const next = text(form, 'next');
    const confirm = text(form, 'confirm');
    const values = { phone, code };

    const fields: Record<string, string[]> = {};
    if (!mobileSchema.safeParse(phone).success) fields.phone = ['mobile.invalid'];
    if (!/^\d{6}$/.test(code)) fields.code = ['code.invalid'];
    const parsed = passwordSchema.safeParse(next);
    if (!parsed.success) fields.next = zodFields(parsed.error).form ?? ['password.invalid'];
    else if (confirm !== next) fields.confirm = ['password.mismatch'];
    if (Object.keys(fields).length > 0) return invalid(fields, { form: 'reset', values });

    const result = await api('auth.smsReset', { body: { phone, code, next } }, null);
    if (!result.ok) return apiFailure(result.status, result.error, { form: 'reset', values });
    redirect(303, '/login?reset=1');
  },
};
