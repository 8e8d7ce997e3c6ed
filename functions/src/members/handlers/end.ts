import { membersRoutes } from '@trellis/shared/members/routes';

import { route } from '../../access/route';
import { endMember } from '../manage';

export const handler = route(membersRoutes.end, ({ input, actor, target }) =>
  endMember(actor(), input.orgId, input.memberId, input.reason, new Date(), target().record.slug),
);
