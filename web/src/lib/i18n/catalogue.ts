import type { CodeKey, MessageKey } from './zh/index';

export type { CodeKey, MessageKey };

/** One locale's messages: UI messages by key, and API/validation codes' messages by code. */
export interface Catalogue {
  messages: Record<MessageKey, string>;
  codes: Record<CodeKey, string>;
}
