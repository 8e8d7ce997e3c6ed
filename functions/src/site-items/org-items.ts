import type { Page } from '@trellis/shared/orgs/org';
import type { SiteItemStatus, SiteItemView } from '@trellis/shared/site-items/schemas';
import { listOriginItems } from '../adapters/dynamodb/site-item/site-item-store';

/** The items written at an org with one status (drafts, waiting, returned, published, taken down), newest first. */
export function orgItems(orgId: string, status: SiteItemStatus, cursor?: string): Promise<Page<SiteItemView>> {
  return listOriginItems(orgId, status, cursor);
}
