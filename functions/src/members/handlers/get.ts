import { membersRoutes } from '@trellis/shared/members/routes';
import { route } from '../../access/route';
import { orgMember } from '../admin-views';

/** One member unit of the org, as its admins see it. */
export const handler = route(membersRoutes.get, ({ input }) => orgMember(input.orgId, input.memberId));
