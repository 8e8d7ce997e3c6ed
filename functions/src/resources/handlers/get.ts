import { resourcesRoutes } from '@trellis/shared/resources/routes';

import { route } from '../../access/route';
import { openResource } from '../read';

export const handler = route(resourcesRoutes.get, ({ input, actor }) => openResource(actor(), input.resourceId));
