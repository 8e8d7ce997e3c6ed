import { siteItemsRoutes } from '@trellis/shared/site-items/routes';

import { route } from '../../access/route';
import { publicSiteItem } from '../public-items';

export const handler = route(siteItemsRoutes.publicGet, ({ input }) => publicSiteItem(input.slug, input.itemId));
