import type { Catalogue } from './catalogue';
import type { Lang } from './lang';
import type { Part } from './parts';

interface Piece {
  messages: object;
  codes: object;
}

/**
 * One import per locale and part, each its own chunk: a page's JavaScript carries only the active
 * locale and the parts its route needs. Written out (not `import(\`./${lang}/${part}.ts\`)`) so
 * the bundler sees each chunk and the names stay typed.
 */
const LOADERS: Record<Lang, Record<Part, () => Promise<Piece>>> = {
  zh: {
    common: async () => (await import('./zh/common')).zhCommon,
    auth: async () => (await import('./zh/auth')).zhAuth,
    orgs: async () => (await import('./zh/orgs')).zhOrgs,
    sites: async () => (await import('./zh/sites')).zhSites,
    accounts: async () => (await import('./zh/accounts')).zhAccounts,
    applications: async () => (await import('./zh/applications')).zhApplications,
    notices: async () => (await import('./zh/notices')).zhNotices,
    inbox: async () => (await import('./zh/inbox')).zhInbox,
    uploads: async () => (await import('./zh/uploads')).zhUploads,
    resources: async () => (await import('./zh/resources')).zhResources,
    reporting: async () => (await import('./zh/reporting')).zhReporting,
    'site-items': async () => (await import('./zh/site-items')).zhSiteItems,
    members: async () => (await import('./zh/members')).zhMembers,
    dev: async () => (await import('./zh/dev')).zhDev,
  },
  en: {
    common: async () => (await import('./en/common')).enCommon,
    auth: async () => (await import('./en/auth')).enAuth,
    orgs: async () => (await import('./en/orgs')).enOrgs,
    sites: async () => (await import('./en/sites')).enSites,
    accounts: async () => (await import('./en/accounts')).enAccounts,
    applications: async () => (await import('./en/applications')).enApplications,
    notices: async () => (await import('./en/notices')).enNotices,
    inbox: async () => (await import('./en/inbox')).enInbox,
    uploads: async () => (await import('./en/uploads')).enUploads,
    resources: async () => (await import('./en/resources')).enResources,
    reporting: async () => (await import('./en/reporting')).enReporting,
    'site-items': async () => (await import('./en/site-items')).enSiteItems,
    members: async () => (await import('./en/members')).enMembers,
    dev: async () => (await import('./en/dev')).enDev,
  },
};

/**
 * The active locale's `common` part and the given parts, merged into the catalogue t() reads
 * (the root layout's load calls this with the parts of the page's route). A key of a part not
 * loaded renders as the key itself; the page-messages test keeps every route's parts complete.
 */
export async function loadCatalogue(lang: Lang, parts: readonly Part[]): Promise<Catalogue> {
  const wanted = [...new Set<Part>(['common', ...parts])];
  const pieces = await Promise.all(wanted.map((part) => LOADERS[lang][part]()));
  return {
    messages: Object.assign({}, ...pieces.map((piece) => piece.messages)),
    codes: Object.assign({}, ...pieces.map((piece) => piece.codes)),
  } as Catalogue;
}
