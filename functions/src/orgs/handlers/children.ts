import { orgsRoutes } from '@trellis/shared/orgs/routes';
import { route } from '../../access/route';
import { childOrgs } from '../list-orgs';

export const handler = route(orgsRoutes.children, ({ input, target }) => childOrgs(target().record.id, input.cursor));
