import type { InboxItem } from '@trellis/shared/notices/schemas';
import { t, type MessageKey } from '#lib/i18n/translate.ts';

/** What an inbox line says: a notice's title, or a system message written from its event and values. */
export function inboxTitle(item: Pick<InboxItem, 'title' | 'kind' | 'event' | 'vars'>): string {
  if (item.kind !== 'system' || !item.event) return item.title;
  return t(`inbox.sys.${item.event}` as MessageKey, item.vars ?? {});
}
