import { resourcesRoutes } from '@trellis/shared/resources/routes';

import { route } from '../../access/route';
import { topContributorsOf } from '../top-contributors';

/** 名师推荐: teachers with the most published works, nationally (cvea) or in a province. */
export const handler = route(resourcesRoutes.top, ({ input }) => topContributorsOf(input.orgId, input.cursor));
