import { resourcesRoutes } from '@trellis/shared/resources/routes';

import { topContributors } from '../../adapters/dynamodb/contribution/contribution-store';
import { route } from '../../access/route';

/** 名师推荐: teachers with the most published works, nationally (cvea) or in a province. */
export const handler = route(resourcesRoutes.top, ({ input }) =>
  topContributors(input.orgId, input.cursor),
);
