import { redirect, type RequestHandler } from '@sveltejs/kit';
import { LANG_COOKIE, parseLang } from '#lib/i18n/lang.ts';
import { safeNext } from '#lib/server/session-cookie.ts';

/** The header's language switch: stores the choice in the `lang` cookie and goes back. */
export const POST: RequestHandler = async ({ request, cookies, url }) => {
  const form = await request.formData();
  const lang = parseLang(String(form.get('lang') ?? ''));
  cookies.set(LANG_COOKIE, lang, {
    path: '/',
    httpOnly: false,
    sameSite: 'lax',
    secure: url.protocol === 'https:',
    maxAge: 60 * 60 * 24 * 365,
  });
  redirect(303, safeNext(String(form.get('next') ?? ''), '/'));
};

export const GET: RequestHandler = () => redirect(303, '/');
