import { membersRoutes } from '@trellis/shared/members/routes';

import { route } from '../../access/route';
import { Status } from '../../http/status';
import { applyForMembership } from '../apply';

export const handler = route(membersRoutes.apply, async ({ input, state }) =>
  new Status(201, await applyForMembership(input, state.clientIp)),
);
