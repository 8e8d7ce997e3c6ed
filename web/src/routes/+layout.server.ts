import type { LayoutServerLoad } from './$types';
import { devSmsAvailable } from '#lib/server/dev-sms-probe.ts';
import { partsFor } from '#lib/i18n/route-parts.ts';

/**
 * The locale, who is signed in, and the catalogue parts the route needs (route-parts.ts, decided
 * here so the table stays out of the browser's JavaScript; +layout.ts imports them). Reading
 * `route` reruns this on a navigation to another route, in the same request as the page's data.
 */
export const load: LayoutServerLoad = async ({ locals, route }) => {
  const session = locals.session;
  return {
    lang: locals.lang,
    parts: partsFor(route.id),
    user: session
      ? { displayName: session.account.displayName, username: session.account.username }
      : null,
    devSms: await devSmsAvailable(),
  };
};
