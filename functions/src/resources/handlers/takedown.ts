import { resourcesRoutes } from '@trellis/shared/resources/routes';


import { route } from '../../access/route';
import { takeDownResource } from '../decide';

export const handler = route(resourcesRoutes.takedown, ({ input, target, actor }) =>
  takeDownResource(actor(), target().record, input.reason, target().pathOrgs.at(-1)?.slug),
);
