import { orgsRoutes } from '@trellis/shared/orgs/routes';
import { route } from '../../access/route';
import { publicChildOrgs } from '../public-directory';

/** Public directory for the application's parent picker; `root` lists the top level. */
export const handler = route(orgsRoutes.publicChildren, ({ input }) => publicChildOrgs(input.orgId, input.cursor));
