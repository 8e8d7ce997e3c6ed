import { applicationsRoutes } from '@trellis/shared/applications/routes';
import { route } from '../../access/route';
import { decideApplication } from '../decide';

/** The target resolves only through the application's parent (access/targets.ts), so both are known here. */
export const handler = route(applicationsRoutes.decide, ({ input, target, actor }) => {
  const { application, parent } = target().record;
  return decideApplication(actor(), application, parent, input);
});
