import { resourcesRoutes } from '@trellis/shared/resources/routes';


import { route } from '../../access/route';
import { reviewResource } from '../decide';

export const handler = route(resourcesRoutes.review, ({ input, target, actor }) =>
  reviewResource(actor(), target().record, input.decision, input.reason, target().pathOrgs.at(-1)?.slug),
);
