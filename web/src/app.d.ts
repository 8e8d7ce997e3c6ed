import type { SessionView } from '@trellis/shared/accounts/schemas';
import type { Lang } from '#lib/i18n/lang.ts';

declare global {
  namespace App {
    interface Locals {
      /** Locale from the `lang` cookie (zh by default). */
      lang: Lang;
      /** Opaque session token from the `trellis_session` cookie, when the API accepted it. */
      token: string | null;
      /** The signed-in account and its memberships, loaded by hooks.server.ts. */
      session: SessionView | null;
    }
    interface Error {
      message: string;
      /** Dotted API error code, translated by +error.svelte. */
      code?: string;
    }
  }
}

export {};
