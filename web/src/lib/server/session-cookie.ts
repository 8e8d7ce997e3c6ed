import type { Cookies } from '@sveltejs/kit';

export const SESSION_COOKIE = 'trellis_session';

/** Secure everywhere except plain-http local development. */
function isLocalHttp(url: URL): boolean {
  return url.protocol === 'http:' && (url.hostname === 'localhost' || url.hostname === '127.0.0.1');
}

export function setSessionCookie(cookies: Cookies, url: URL, token: string, expiresAt: string): void {
  const expires = new Date(expiresAt);
  cookies.set(SESSION_COOKIE, token, {
    path: '/',
    httpOnly: true,
    sameSite: 'lax',
    secure: !isLocalHttp(url),
    ...(Number.isNaN(expires.getTime()) ? {} : { expires }),
  });
}

export function clearSessionCookie(cookies: Cookies, url: URL): void {
  cookies.delete(SESSION_COOKIE, { path: '/', httpOnly: true, sameSite: 'lax', secure: !isLocalHttp(url) });
}

/** Only same-site absolute paths are accepted as post-login destinations. */
export function safeNext(next: string | null | undefined, fallback = '/w'): string {
  if (!next || !next.startsWith('/') || next.startsWith('//') || next.startsWith('/\\')) return fallback;
  return next;
}
