import { sitesRoutes } from '@trellis/shared/sites/routes';
import { route } from '../../access/route';
import { changeSiteAddress } from '../change-address';

/** The org moves its public site to a new address; the old one redirects. */
export const handler = route(sitesRoutes.changeAddress, ({ input, target }) => changeSiteAddress(target().record, input.expectedVersion, input.slug));
