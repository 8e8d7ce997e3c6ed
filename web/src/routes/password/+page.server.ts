import { redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { passwordSchema } from '@trellis/shared/accounts/schemas';
import { api } from '#lib/server/api.ts';
import { apiFailure, invalid, zodFields } from '#lib/server/form-failure.ts';
import { text } from '#lib/server/form-fields.ts';
import { safeNext, setSessionCookie } from '#lib/server/session-cookie.ts';

export const load: PageServerLoad = ({ locals, url }) => {
  if (!locals.session) redirect(303, `/login?next=${encodeURIComponent('/password')}`);
  return {
    mustChange: locals.session.account.mustChangePassword,
    next: safeNext(url.searchParams.get('next')),
  };
};

export const actions: Actions = {
  default: async ({ request, locals, cookies, url }) => {
    if (!locals.session) redirect(303, '/login?next=/password');
    const form = await request.formData();
    const current = text(form, 'current');
    const next = text(form, 'next');
    const confirm = text(form, 'confirm');

    const fields: Record<string, string[]> = {};
    if (!current) fields.current = ['password.required'];
    const parsed = passwordSchema.safeParse(next);
    if (!parsed.success) fields.next = zodFields(parsed.error).form ?? ['password.invalid'];
    if (parsed.success && confirm !== next) fields.confirm = ['password.mismatch'];
    if (Object.keys(fields).length > 0) return invalid(fields);

    const result = await api('auth.password', { body: { current, next } });
    if (!result.ok) return apiFailure(result.status, result.error);
    // Changing the password ends every session; this one continues with the fresh token.
    setSessionCookie(cookies, url, result.data.token, result.data.expiresAt);
    redirect(303, `${safeNext(text(form, 'to'))}`);
  },
};
