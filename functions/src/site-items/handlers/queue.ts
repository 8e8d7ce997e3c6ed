import { siteItemsRoutes } from '@trellis/shared/site-items/routes';

import { route } from '../../access/route';
import { reviewQueue } from '../review-queue';

/** Items recommended to this org from below, waiting for its decision. */
export const handler = route(siteItemsRoutes.queue, ({ input, target }) => reviewQueue(target().record.id, input.cursor));
