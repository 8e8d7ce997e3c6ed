import type { SessionView } from '@trellis/shared/accounts/schemas';
import type { Lang } from '#lib/i18n/lang.ts';

declare global {
  namespace App {
    interface Locals {
      /** Locale from the `lang` cookie (zh by default). */
      lang: Lang;
      /** Opaque session token from the `trellis_session` cookie, when the API accepted it. */
      token: string | null;
      /** The signed-in account and its memberships, loaded by hooks.server.ts (not on public sites, /o/...). */
      session: SessionView | null;
      /**
       * The actor assertion from this request's session read (`auth.me`), sent with the other API
       * calls made for it under the same token, so they need no session read of their own.
       */
      assertion: string | null;
    }
    interface Error {
      message: string;
      /** Dotted API error code, translated by +error.svelte. */
      code?: string;
    }
  }
}

export {};
