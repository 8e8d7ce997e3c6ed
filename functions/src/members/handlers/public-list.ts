import { membersRoutes } from '@trellis/shared/members/routes';

import { route } from '../../access/route';
import { publicMembers } from '../public-list';

export const handler = route(membersRoutes.publicList, ({ input }) => publicMembers(input.slug, input.cursor));
