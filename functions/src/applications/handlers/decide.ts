import { applicationsRoutes } from '@trellis/shared/applications/routes';


import { AccessDenied } from '../../errors';
import { route } from '../../access/route';
import { decideApplication } from '../decide';

export const handler = route(applicationsRoutes.decide, ({ input, target, actor }) => {
  const { record, pathOrgs } = target();
  const parent = pathOrgs.at(-1);
  if (!parent || parent.id !== record.parentId) throw new AccessDenied();
  return decideApplication(actor(), record, parent, input);
});
