import { resourcesRoutes } from '@trellis/shared/resources/routes';


import { AuthRequired } from '../../errors';
import { route } from '../../access/route';
import { Status } from '../../http/status';
import { submitResource } from '../submit';

export const handler = route(resourcesRoutes.create, async ({ input, target, actor, state }) => {
  if (!state.auth) throw new AuthRequired();
  return new Status(201, await submitResource(actor(), state.auth.account, target().record, input));
});
