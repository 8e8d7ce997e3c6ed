import { siteItemsRoutes } from '@trellis/shared/site-items/routes';


import { route } from '../../access/route';
import { itemUnder } from '../scope';

/** One item with its trail: for the author's org and every org above it. */
export const handler = route(siteItemsRoutes.get, ({ input, target }) => itemUnder(target().record, input.itemId));
