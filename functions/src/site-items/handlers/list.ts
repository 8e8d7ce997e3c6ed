import { siteItemsRoutes } from '@trellis/shared/site-items/routes';

import { route } from '../../access/route';
import { orgItems } from '../org-items';

/** The org's own items with one status (drafts, waiting, returned, published, taken down). */
export const handler = route(siteItemsRoutes.list, ({ input, target }) => orgItems(target().record.id, input.status, input.cursor));
