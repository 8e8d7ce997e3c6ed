import type { Org } from '@trellis/shared/org/org';
import { siteSettingsInput } from '@trellis/shared/site/settings';
import { route } from '../../http/route';
import { saveSiteSettings } from '../site-settings';

/** The org's site settings: logo, banner, navigation order, custom domain. */
export const handler = route('sites.settings', siteSettingsInput, ({ input, target, actor }) =>
  saveSiteSettings(actor(), target<Org>().record, input),
);
