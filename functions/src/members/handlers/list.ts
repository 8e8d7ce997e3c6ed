import { membersRoutes } from '@trellis/shared/members/routes';

import { listMembers } from '../../adapters/dynamodb/member/member-store';
import { route } from '../../access/route';

/** The admin's list of the org's member units by status, with a search over name, code and number. */
export const handler = route(membersRoutes.list, ({ input }) =>
  listMembers(input.orgId, input.status, input.q, input.cursor),
);
