import { redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { api } from '#lib/server/api.ts';
import { newCaptcha } from '#lib/server/captcha.ts';
import { apiFailure, invalid } from '#lib/server/form-failure.ts';
import { text } from '#lib/server/form-fields.ts';
import { safeNext, setSessionCookie } from '#lib/server/session-cookie.ts';

export const load: PageServerLoad = ({ locals, url }) => {
  const next = safeNext(url.searchParams.get('next'));
  if (locals.session) redirect(303, locals.session.account.mustChangePassword ? '/password' : next);
  return { next, reset: url.searchParams.get('reset') === '1' };
};

const CAPTCHA_CODES = new Set(['auth.captcha_required', 'auth.captcha_invalid']);

export const actions: Actions = {
  default: async ({ request, cookies, url }) => {
    const form = await request.formData();
    const login = text(form, 'login').trim();
    const password = text(form, 'password');
    const captchaId = text(form, 'captchaId');
    const captchaAnswer = text(form, 'captchaAnswer').trim();
    const next = safeNext(text(form, 'next'));
    const values = { login };

    const fields: Record<string, string[]> = {};
    if (!login) fields.login = ['login.required'];
    if (!password) fields.password = ['password.required'];
    if (captchaId && !captchaAnswer) fields.captchaAnswer = ['captcha.required'];
    if (Object.keys(fields).length > 0) {
      const captcha = captchaId ? await newCaptcha() : undefined;
      return invalid(fields, { values, ...(captcha ? { captcha } : {}) });
    }

    const result = await api(
      'auth.login',
      { body: { login, password, ...(captchaId ? { captchaId, captchaAnswer } : {}) } },
      null,
    );
    if (!result.ok) {
      const needsCaptcha = result.error.captchaRequired === true || CAPTCHA_CODES.has(result.error.code) || Boolean(captchaId);
      const captcha = needsCaptcha ? await newCaptcha() : undefined;
      return apiFailure(result.status, result.error, { values, ...(captcha ? { captcha } : {}) });
    }

    setSessionCookie(cookies, url, result.data.token, result.data.expiresAt);
    if (result.data.account.mustChangePassword) {
      redirect(303, `/password?next=${encodeURIComponent(next)}`);
    }
    redirect(303, next);
  },
};
