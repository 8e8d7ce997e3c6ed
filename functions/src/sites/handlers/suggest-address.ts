import { sitesRoutes } from '@trellis/shared/sites/routes';
import { route } from '../../access/route';
import { suggestAddress } from '../site-address';

/** A readable, still free site address for an org name (public: the apply form shows it as the default). */
export const handler = route(sitesRoutes.suggestAddress, ({ input }) => suggestAddress(input.name));
