import { siteItemsRoutes } from '@trellis/shared/site-items/routes';

import { route } from '../../access/route';
import { publicSiteItems } from '../public-items';

export const handler = route(siteItemsRoutes.publicList, ({ input }) => publicSiteItems(input.slug, input.category, input.cursor));
