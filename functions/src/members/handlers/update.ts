import { membersRoutes } from '@trellis/shared/members/routes';

import { route } from '../../access/route';
import { updateMember } from '../manage';

export const handler = route(membersRoutes.update, ({ input }) => updateMember(input.orgId, input));
