import { resourcesRoutes } from '@trellis/shared/resources/routes';

import { route } from '../../access/route';
import { siteResources } from '../site-resources';

export const handler = route(resourcesRoutes.publicList, ({ input }) => siteResources(input.slug, input.cursor));
