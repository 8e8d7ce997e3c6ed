import { resourcesRoutes } from '@trellis/shared/resources/routes';

import { route } from '../../access/route';
import { siteResource } from '../site-resources';

export const handler = route(resourcesRoutes.publicGet, ({ input, state }) =>
  siteResource(input.slug, input.resourceId, state.clientIp),
);
