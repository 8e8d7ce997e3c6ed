import type { CodeKey, MessageKey } from './zh/index';

export type { CodeKey, MessageKey };

/**
 * One locale's messages: UI messages by key, and API/validation codes' messages by code.
 * Written as one file per capability per locale (`zh/orgs.ts`, `en/orgs.ts`, ..., `common.ts` for
 * the shell and generic errors), each holding that capability's `messages` and `codes`, merged by
 * `zh/index.ts` and `en/index.ts`. The browser loads only the active locale (load-catalogue.ts).
 */
export interface Catalogue {
  messages: Record<MessageKey, string>;
  codes: Record<CodeKey, string>;
}
