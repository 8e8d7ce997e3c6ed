import { siteItemsRoutes } from '@trellis/shared/site-items/routes';

import { route } from '../../access/route';
import { publicSiteImage } from '../public-items';

export const handler = route(siteItemsRoutes.publicImage, ({ input }) => publicSiteImage(input.imageId));
