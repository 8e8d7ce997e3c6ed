import { sitesRoutes } from '@trellis/shared/sites/routes';
import { route } from '../../access/route';
import { siteAddress } from '../site-address';

/** Whether a site address is still free (public: the apply and create forms propose one). */
export const handler = route(sitesRoutes.address, ({ input }) => siteAddress(input.slug));
