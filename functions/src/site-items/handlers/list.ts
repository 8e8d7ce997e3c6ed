import { siteItemsRoutes } from '@trellis/shared/site-items/routes';


import { listOriginItems } from '../../adapters/dynamodb/site-item/site-item-store';
import { route } from '../../access/route';

/** The org's own items with one status (drafts, waiting, returned, published, taken down). */
export const handler = route(siteItemsRoutes.list, ({ input, target }) =>
  listOriginItems(target().record.id, input.status, input.cursor),
);
