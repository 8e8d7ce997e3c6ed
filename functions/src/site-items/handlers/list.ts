import type { Org } from '@trellis/shared/org/org';
import { listSiteItemsInput } from '@trellis/shared/site-items/schemas';
import { listOriginItems } from '../../adapters/dynamodb/site-item-store';
import { route } from '../../http/route';

/** The org's own items with one status (drafts, waiting, returned, published, taken down). */
export const handler = route('siteItems.list', listSiteItemsInput, ({ input, target }) =>
  listOriginItems(target<Org>().record.id, input.status, input.cursor),
);
