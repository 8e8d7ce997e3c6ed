import { resourcesRoutes } from '@trellis/shared/resources/routes';

import { route } from '../../access/route';
import { downloadResource } from '../read';

export const handler = route(resourcesRoutes.download, ({ input, actor }) => downloadResource(actor(), input.resourceId));
