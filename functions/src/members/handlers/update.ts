import { membersRoutes } from '@trellis/shared/members/routes';

import { route } from '../../access/route';
import { updateMember } from '../manage';

export const handler = route(membersRoutes.update, ({ input, target }) => updateMember(input.orgId, input, target().record.slug));
