import { orgsRoutes } from '@trellis/shared/orgs/routes';
import { route } from '../../access/route';
import { subtreeOrgs } from '../list-orgs';

export const handler = route(orgsRoutes.subtree, ({ input, target }) => subtreeOrgs(target().record.path, input.cursor));
