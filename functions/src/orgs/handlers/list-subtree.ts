import { orgsRoutes } from '@trellis/shared/orgs/routes';


import { listSubtreeOrgs } from '../../adapters/dynamodb/org/org-store';
import { route } from '../../access/route';

export const handler = route(orgsRoutes.subtree, ({ input, target }) =>
  listSubtreeOrgs(target().record.path, input.cursor),
);
