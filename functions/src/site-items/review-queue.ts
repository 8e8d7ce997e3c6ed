import type { Page } from '@trellis/shared/orgs/org';
import type { QueueLine } from '@trellis/shared/site-items/schemas';
import { listQueue } from '../adapters/dynamodb/site-item/site-item-store';

/** Items recommended to a site from below and not yet decided, oldest first. */
export function reviewQueue(siteId: string, cursor?: string): Promise<Page<QueueLine>> {
  return listQueue(siteId, cursor);
}
