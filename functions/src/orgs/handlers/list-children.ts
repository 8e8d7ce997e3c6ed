import { orgsRoutes } from '@trellis/shared/orgs/routes';


import { listChildOrgs } from '../../adapters/dynamodb/org/org-store';
import { route } from '../../access/route';

export const handler = route(orgsRoutes.children, ({ input, target }) =>
  listChildOrgs(target().record.id, input.cursor),
);
