import { orgsRoutes } from '@trellis/shared/orgs/routes';
import { route } from '../../access/route';
import { Status } from '../../http/status';
import { createChildOrg } from '../create-child';

export const handler = route(orgsRoutes.create, async ({ input, target }) => new Status(201, await createChildOrg(target().record, input)));
