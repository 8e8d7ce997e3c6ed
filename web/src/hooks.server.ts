import type { Handle } from '@sveltejs/kit/hooks';
import { api } from '#lib/server/api.ts';
import { SESSION_COOKIE, clearSessionCookie } from '#lib/server/session-cookie.ts';
import { HTML_LANG, LANG_COOKIE, parseLang } from '#lib/i18n/lang.ts';
import { provideServerCatalogues, tFor } from '#lib/i18n/translate.ts';
import { isCrossSiteChange } from '#lib/server/cross-site.ts';
import { SERVER_CATALOGUES } from '#lib/i18n/server-catalogues.server.ts';
import { cacheHeaderFor } from '@trellis/shared/http/edge-cache';

provideServerCatalogues(SERVER_CATALOGUES);

/** The public org sites (`/o/<slug>/...`): the same page for everyone, so cacheable and session-free. */
function isPublicSite(pathname: string): boolean {
  return pathname === '/o' || pathname.startsWith('/o/');
}

export const handle: Handle = async ({ event, resolve }) => {
  event.locals.lang = parseLang(event.cookies.get(LANG_COOKIE));
  if (isCrossSiteChange(event.request, event.url.origin)) {
    return new Response(tFor(event.locals.lang, 'csrf.refused'), { status: 403, headers: { 'content-type': 'text/plain; charset=utf-8' } });
  }
  event.locals.token = null;
  event.locals.session = null;
  event.locals.assertion = null;

  // The one session read of this request; public sites never read it (a cookie costs them nothing).
  const token = event.cookies.get(SESSION_COOKIE);
  if (token && !isPublicSite(event.url.pathname)) {
    const me = await api('auth.me', {}, token);
    if (me.ok) {
      const { assertion, ...session } = me.data;
      event.locals.token = token;
      event.locals.session = session;
      event.locals.assertion = assertion.value;
    } else if (me.status === 401 || me.error.code === 'auth.account_disabled') {
      clearSessionCookie(event.cookies, event.url);
    }
  }

  const htmlLang = HTML_LANG[event.locals.lang];
  const response = await resolve(event, {
    transformPageChunk: ({ html }) => html.replace('%lang%', htmlLang),
  });
  // Only public site pages stay shareable at the edge; anything with a cookie, a session or an error is private.
  response.headers.set('cache-control', cacheHeaderFor(response, event.locals.session !== null));
  response.headers.set('x-content-type-options', 'nosniff');
  response.headers.set('referrer-policy', 'same-origin');
  response.headers.set('x-frame-options', 'DENY');
  return response;
};
