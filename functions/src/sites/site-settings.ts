import type { Actor } from '@trellis/shared/access/policy';
import type { Org, SiteSettings } from '@trellis/shared/orgs/org';
import type { SiteSettingsInput } from '@trellis/shared/sites/settings';
import { getUpload } from '../adapters/dynamodb/upload/upload-store';
import { writeSiteSettings } from '../adapters/dynamodb/site/site-writes';
import { requireAccess } from '../access/require-access';
import { ValidationError } from '../errors';
import { sitesChanged } from '../edge/public-paths-changed';

/** The key of a completed image upload the same person made at this org. */
async function imageKey(actor: Actor, org: Org, uploadId: string, field: string): Promise<string> {
  const upload = await getUpload(uploadId);
  const usable = upload && upload.accountId === actor.accountId && upload.orgId === org.id && upload.status === 'completed';
  if (!upload || !usable || upload.purpose !== 'image') throw new ValidationError({ [field]: ['upload.not_usable'] });
  return upload.key;
}

/**
 * Admins and correspondents set the logo, banner and navigation order; the custom domain
 * is the admin's (or a superior admin's) alone. Conditional on the org's version; the site's
 * pages are invalidated at the edge.
 */
export async function saveSiteSettings(actor: Actor, org: Org, input: SiteSettingsInput): Promise<Org> {
  const current = org.siteSettings ?? {};
  const domain = input.customDomain || undefined;
  // Changing the domain takes org.update at the org, checked by the policy with the disabled orgs on the path.
  if (domain !== current.customDomain) await requireAccess(actor, 'org.update', org.path);
  const [logo, banner] = await Promise.all([
    input.logoUploadId ? imageKey(actor, org, input.logoUploadId, 'logoUploadId') : undefined,
    input.bannerUploadId ? imageKey(actor, org, input.bannerUploadId, 'bannerUploadId') : undefined,
  ]);
  const next: SiteSettings = {
    logoKey: input.removeLogo ? undefined : (logo ?? current.logoKey),
    bannerKey: input.removeBanner ? undefined : (banner ?? current.bannerKey),
    navOrder: input.navOrder,
    customDomain: domain,
  };
  const saved = await writeSiteSettings(org.id, input.expectedVersion, next);
  // Logo, banner and section order appear on every page of the site.
  await sitesChanged('site-settings-changed', [saved.slug]);
  return saved;
}
