import { sitesRoutes } from '@trellis/shared/sites/routes';
import { route } from '../../access/route';
import { saveSiteSettings } from '../site-settings';

/** The org's site settings: logo, banner, navigation order, custom domain. */
export const handler = route(sitesRoutes.settings, ({ input, target, actor }) => saveSiteSettings(actor(), target().record, input));
