import type { LayoutServerLoad } from './$types';
import { devSmsAvailable } from '#lib/server/dev-sms-probe.ts';

export const load: LayoutServerLoad = async ({ locals }) => {
  const session = locals.session;
  return {
    lang: locals.lang,
    user: session
      ? { displayName: session.account.displayName, username: session.account.username }
      : null,
    devSms: await devSmsAvailable(),
  };
};
