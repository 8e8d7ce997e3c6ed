import { siteItemsRoutes } from '@trellis/shared/site-items/routes';

import { route } from '../../access/route';
import { previewImageUrl } from '../preview-image';

/** An image of an item, for the preview of those who may see the item (drafts included). */
export const handler = route(siteItemsRoutes.image, ({ input }) => previewImageUrl(input.imageId));
