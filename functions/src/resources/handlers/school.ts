import { resourcesRoutes } from '@trellis/shared/resources/routes';

import { route } from '../../access/route';
import { schoolResources } from '../school-resources';

/** The school's works by status: the review queue (pending) and the rest. */
export const handler = route(resourcesRoutes.school, ({ input, target }) => schoolResources(target().record.id, input.status, input.cursor));
