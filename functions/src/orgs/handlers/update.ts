import { orgsRoutes } from '@trellis/shared/orgs/routes';
import { route } from '../../access/route';
import { changeOrg } from '../update-org';

export const handler = route(orgsRoutes.update, ({ input, target }) => {
  const { orgId: _orgId, expectedVersion, ...changes } = input;
  return changeOrg(target().record, expectedVersion, changes, target().pathOrgs.at(-2));
});
