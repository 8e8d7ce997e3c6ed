import { membersRoutes } from '@trellis/shared/members/routes';
import { route } from '../../access/route';
import { memberStatus } from '../public-status';

/** The applicant's status page: the number is the (unguessable) capability; no contact details. */
export const handler = route(membersRoutes.status, ({ input }) => memberStatus(input.number));
