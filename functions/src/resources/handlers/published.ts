import { resourcesRoutes } from '@trellis/shared/resources/routes';

import { route } from '../../access/route';
import { browsePublished } from '../browse';

/**
 * Published works anywhere in the system: in a region (an org's subtree), by category,
 * subject, school and title keyword, newest or most viewed first.
 */
export const handler = route(resourcesRoutes.published, ({ input }) => browsePublished(input));
