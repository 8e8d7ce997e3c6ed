import type { CataloguePart } from '../catalogue-part';
import type { zhSiteSettings } from '../zh/site-settings';

/** English for site settings (logo, banner, navigation, domain). The type makes a key missing here (or only here) a compile error. */
export const enSiteSettings: CataloguePart<typeof zhSiteSettings> = {
  messages: {
    'siteset.address': 'Website address',
    'siteset.addressHint': 'Lower-case letters, digits and hyphens, e.g. jinan-xxgcxx. The old address keeps working and redirects to the new one.',
    'siteset.addressMoved': 'The website address was changed; the old address redirects to the new one.',
    'siteset.addressNew': 'New address',
    'siteset.addressNow': 'Current address:',
    'siteset.addressSave': 'Change the address',
    'siteset.title': 'Site settings',
    'siteset.lead': 'The site’s logo, banner, section order and domain.',
    'siteset.logo': 'Logo',
    'siteset.banner': 'Banner image',
    'siteset.imageHint': 'JPG or PNG, at most 20 MB',
    'siteset.removeLogo': 'Remove logo',
    'siteset.removeBanner': 'Remove banner',
    'siteset.noImage': 'Not set',
    'siteset.nav': 'Section order',
    'siteset.up': 'Up',
    'siteset.down': 'Down',
    'siteset.domain': 'Custom domain',
    'siteset.domainHint': 'e.g. www.example.org.cn (recorded for later; admins only)',
    'siteset.saved': 'Site settings saved.',
    'siteset.conflict': 'Someone else changed the settings; the page shows the latest. Please set them again.',
    'siteset.uploading': 'Uploading…',
    'siteset.uploadId': 'Upload id (filled in when you pick an image)',
  },
  codes: {
    'intro.too_long': 'At most 5,000 characters',
    'nav.duplicate': 'Sections must not repeat',
    'nav.incomplete': 'Every section must be listed',
    'domain.invalid': 'Enter a valid domain such as www.example.org.cn',
  },
};
