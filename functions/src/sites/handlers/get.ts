import { sitesRoutes } from '@trellis/shared/sites/routes';

import { route } from '../../access/route';
import { siteBySlug } from '../site';

export const handler = route(sitesRoutes.get, ({ input }) => siteBySlug(input.slug, input.cursor));
