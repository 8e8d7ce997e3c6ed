import type { Org } from '@trellis/shared/orgs/org';
import type { SiteSettingsView } from '@trellis/shared/sites/schemas';
import { SITE_SECTIONS } from '@trellis/shared/sites/settings';
import { signDownload } from '../adapters/s3/media-store';

const URL_SECONDS = 3600;

/**
 * The site's logo and banner as short-lived signed GET URLs (signed locally: no request) and
 * its navigation order. A closed site shows no images.
 */
export async function siteSettingsView(org: Org, closed = false): Promise<SiteSettingsView> {
  const s = closed ? { navOrder: org.siteSettings?.navOrder } : (org.siteSettings ?? {});
  const [logoUrl, bannerUrl] = await Promise.all([
    s.logoKey ? signDownload(s.logoKey, 'logo', 'inline', URL_SECONDS) : null,
    s.bannerKey ? signDownload(s.bannerKey, 'banner', 'inline', URL_SECONDS) : null,
  ]);
  return { logoUrl, bannerUrl, navOrder: s.navOrder?.length ? s.navOrder : [...SITE_SECTIONS] };
}
