import { orgsRoutes } from '@trellis/shared/orgs/routes';
import { route } from '../../access/route';
import { lookupOrgs } from '../lookup';

export const handler = route(orgsRoutes.lookup, async ({ input }) => ({ items: await lookupOrgs(input.q) }));
