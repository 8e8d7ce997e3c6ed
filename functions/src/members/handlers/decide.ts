import { membersRoutes } from '@trellis/shared/members/routes';

import { route } from '../../access/route';
import { decideMember } from '../decide';

export const handler = route(membersRoutes.decide, ({ input, actor, target }) =>
  decideMember(actor(), input.orgId, input, new Date(), target().record.slug),
);
