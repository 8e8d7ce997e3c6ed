import { defineRoute } from '../http/route-row';
import { onOrg, pub } from '../http/access-kinds';
import { orgSchema } from '../orgs/org';
import { siteSlugInput, editSiteInput, siteAddressInput, siteAddressSchema, siteViewSchema, changeSiteAddressInput, siteAddressSuggestionInput } from '../sites/schemas';
import { siteSettingsInput, siteStatusInput } from '../sites/settings';

/** The sites capability's routes. */
export const sitesRoutes = {
  get: defineRoute({
    id: 'sites.get', method: 'GET', path: '/public/sites/{slug}', entry: 'sites/handlers/get',
    access: pub,
    summary: "An org's public website by its slug: home lines, parent, sub-orgs, member units; only a notice when it is closed.",
    input: siteSlugInput,
    output: { 200: siteViewSchema },
  }),
  address: defineRoute({
    id: 'sites.address', method: 'GET', path: '/public/site-addresses/{slug}', entry: 'sites/handlers/address',
    access: pub,
    summary: 'Whether a site address (the slug in /o/<slug>) is still free, for forms that propose one.',
    input: siteAddressInput,
    output: { 200: siteAddressSchema },
  }),
  suggestAddress: defineRoute({
    id: 'sites.suggestAddress', method: 'GET', path: '/public/site-address-suggestions', entry: 'sites/handlers/suggest-address',
    access: pub,
    summary: 'A readable site address for an org name (its pinyin), the first one still free; what an application gets when it asks for none.',
    input: siteAddressSuggestionInput,
    output: { 200: siteAddressSchema },
  }),
  edit: defineRoute({
    id: 'sites.edit', method: 'PUT', path: '/orgs/{orgId}/site', entry: 'sites/handlers/edit',
    access: onOrg('site.edit'),
    summary: "The org edits its public website's introduction and contact.",
    input: editSiteInput,
    output: { 200: orgSchema },
  }),
  changeAddress: defineRoute({
    id: 'sites.changeAddress', method: 'PUT', path: '/orgs/{orgId}/site-address', entry: 'sites/handlers/change-address',
    access: onOrg('org.update'),
    summary: "The org moves its public site to a new address (/o/<slug>); its former addresses stay its own and redirect to the new one.",
    input: changeSiteAddressInput,
    output: { 200: orgSchema },
  }),
  settings: defineRoute({
    id: 'sites.settings', method: 'PUT', path: '/orgs/{orgId}/site-settings', entry: 'sites/handlers/settings',
    access: onOrg('site.edit'),
    summary: "The org's site settings: logo, banner, navigation order, custom domain.",
    input: siteSettingsInput,
    output: { 200: orgSchema },
  }),
  status: defineRoute({
    id: 'sites.status', method: 'PUT', path: '/orgs/{orgId}/site-status', entry: 'sites/handlers/status',
    access: onOrg('site.close'),
    summary: "A superior closes (with a reason) or reopens a subordinate org's public site; the policy refuses it on one's own org.",
    input: siteStatusInput,
    output: { 200: orgSchema },
  }),
} as const;
