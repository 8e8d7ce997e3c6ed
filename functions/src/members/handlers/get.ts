import { membersRoutes } from '@trellis/shared/members/routes';

import { toMemberView } from '../../adapters/dynamodb/member/member-store';
import { route } from '../../access/route';
import { memberOfOrg } from '../decide';

export const handler = route(membersRoutes.get, async ({ input }) =>
  toMemberView((await memberOfOrg(input.orgId, input.memberId)) as unknown as Record<string, unknown>),
);
