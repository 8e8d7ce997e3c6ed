import { fail, redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { smsCodeInput, verifyPhoneInput } from '@trellis/shared/accounts/schemas';
import { api } from '#lib/server/api.ts';
import { apiFailure, invalid, zodFields } from '#lib/server/form-failure.ts';
import { text } from '#lib/server/form-fields.ts';

/** Errors the API reports without a field, shown at the field they are about. */
const PHONE_ERRORS = new Set(['phone.taken', 'sms.too_many_requests']);

export const load: PageServerLoad = ({ locals, url }) => {
  const { account } = locals.session!;
  return {
    account: {
      username: account.username,
      displayName: account.displayName,
      phone: account.phone,
      phoneVerified: account.phoneVerified === true,
      smsOptOut: account.smsOptOut === true,
    },
    done: url.searchParams.get('done'),
    step: url.searchParams.get('step') === 'code' ? 'code' : 'phone',
  };
};

export const actions: Actions = {
  /** Step 1: send a code to the number to bind. */
  sendCode: async ({ request }) => {
    const form = await request.formData();
    const values = { phone: text(form, 'phone') };
    const parsed = smsCodeInput.safeParse(values);
    if (!parsed.success) return invalid(zodFields(parsed.error), { form: 'sendCode', values });
    const result = await api('inbox.phone', { body: { phone: parsed.data.phone } });
    if (!result.ok) {
      const fields = PHONE_ERRORS.has(result.error.code) ? { phone: [result.error.code] } : result.error.fields;
      return fail(result.status >= 400 && result.status < 600 ? result.status : 500, { form: 'sendCode', values, fields, error: result.error.code });
    }
    return { codeSent: { phone: parsed.data.phone } };
  },

  /** Step 2: the code from the text message binds the number as verified. */
  verify: async ({ request, url }) => {
    const form = await request.formData();
    const phone = text(form, 'phone');
    const values = { code: text(form, 'code'), phone };
    const parsed = verifyPhoneInput.safeParse({ code: values.code });
    if (!parsed.success) return invalid(zodFields(parsed.error), { form: 'verify', values });
    const result = await api('inbox.phoneVerify', { body: { code: parsed.data.code } });
    if (!result.ok) {
      const failure = result.error.code === 'code.attempts_exceeded' ? { ...result.error, fields: { code: [result.error.code] } } : result.error;
      return apiFailure(result.status, failure, { form: 'verify', values });
    }
    redirect(303, `${url.pathname}?done=phone`);
  },

  /** Opt out of (or back into) notice texts. */
  prefs: async ({ request, url }) => {
    const form = await request.formData();
    const result = await api('inbox.smsPreferences', { body: { optOut: text(form, 'optOut') === 'yes' } });
    if (!result.ok) return apiFailure(result.status, result.error, { form: 'prefs' });
    redirect(303, `${url.pathname}?done=prefs`);
  },
};
