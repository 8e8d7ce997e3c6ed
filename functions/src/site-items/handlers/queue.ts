import { siteItemsRoutes } from '@trellis/shared/site-items/routes';


import { listQueue } from '../../adapters/dynamodb/site-item/site-item-store';
import { route } from '../../access/route';

/** Items recommended to this org from below, waiting for its decision. */
export const handler = route(siteItemsRoutes.queue, ({ input, target }) => listQueue(target().record.id, input.cursor));
