import { membersRoutes } from '@trellis/shared/members/routes';
import { route } from '../../access/route';
import { orgMembers } from '../admin-views';

/** The admin's list of the org's member units by status, with a search over name, code and number. */
export const handler = route(membersRoutes.list, ({ input }) => orgMembers(input.orgId, input.status, input.q, input.cursor));
