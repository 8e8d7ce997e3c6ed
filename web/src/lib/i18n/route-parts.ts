import type { Part } from './parts';

/**
 * The catalogue parts each route loads besides `common` (load-catalogue.ts): a pattern is a route
 * id (`/w/resources`) or a route id with `/**` (that route and every route under it); a route
 * loads the parts of every pattern it matches. The page-messages test (dev/page-messages.test.ts)
 * checks every page against this table: each message key its sources use, and each code its
 * actions' API calls may answer, is in a part it loads. A workspace page's JavaScript budget
 * (150,000 bytes, README "Client JavaScript") is why a page does not simply load everything.
 * The root layout's server load reads this table (it stays out of the browser).
 */
export const ROUTE_PARTS: readonly (readonly [pattern: string, parts: readonly Part[]])[] = [
  ['/', ['home', 'orgs']],
  ['/apply/**', ['applications', 'apply', 'orgs', 'accounts', 'auth', 'labels', 'site-settings']],
  ['/dev/**', ['dev']],
  ['/forgot', ['auth']],
  ['/guide/**', ['applications']],
  ['/login', ['auth']],
  ['/logout', ['auth']],
  ['/password', ['auth']],
  ['/lookup', ['orgs', 'labels']],
  ['/o/**', ['sites', 'resources', 'orgs', 'members', 'member-apply', 'member-labels', 'applications', 'apply', 'labels']],
  ['/w', ['todo', 'inbox', 'labels']],
  ['/w/account', ['inbox']],
  ['/w/approvals', ['applications', 'labels']],
  ['/w/members', ['members']],
  ['/w/notices/**', ['inbox']],
  ['/w/orgs/[orgId]', ['orgs', 'accounts', 'auth', 'sites', 'site-settings', 'applications', 'resources', 'members', 'labels']],
  ['/w/orgs/[orgId]/accounts/**', ['accounts']],
  ['/w/orgs/[orgId]/members/**', ['members', 'member-labels']],
  ['/w/orgs/[orgId]/notices/**', ['notices', 'labels']],
  ['/w/orgs/[orgId]/notices/new', ['editor']],
  ['/w/orgs/[orgId]/resource-quotas', ['resources', 'labels']],
  ['/w/orgs/[orgId]/resources', ['resources', 'resource-review']],
  ['/w/orgs/[orgId]/site', ['sites', 'site-settings']],
  ['/w/orgs/[orgId]/site-items/**', ['site-items']],
  ['/w/orgs/[orgId]/site-items/[itemId]', ['site-item-review']],
  ['/w/orgs/[orgId]/site-items/new', ['editor']],
  ['/w/orgs/[orgId]/site-items/[itemId]/edit', ['editor']],
  ['/w/orgs/[orgId]/site-review', ['site-items']],
  ['/w/orgs/[orgId]/site-settings', ['site-settings', 'member-labels']],
  ['/w/reports/**', ['reporting']],
  ['/w/reports/new', ['labels']],
  ['/w/reports/[roundId]/org/[orgId]', ['report-form']],
  ['/w/reports/[roundId]/region/**', ['report-region']],
  ['/w/reports/compare/[orgId]', ['report-region']],
  ['/w/resources/**', ['resources']],
  ['/w/resources', ['resource-browse']],
  ['/w/resources/[id]', ['resource-browse']],
  ['/w/resources/new', ['resource-new']],
  ['/w/site-items', ['site-items']],
  ['/w/uploads', ['uploads', 'resources', 'reporting']],
];

function matches(pattern: string, routeId: string): boolean {
  if (!pattern.endsWith('/**')) return pattern === routeId;
  const base = pattern.slice(0, -3);
  return routeId === base || routeId.startsWith(`${base}/`);
}

/** The parts a route loads besides `common`; an unknown route (a 404) loads `common` only. */
export function partsFor(routeId: string | null | undefined): Part[] {
  if (!routeId) return [];
  return [...new Set(ROUTE_PARTS.filter(([pattern]) => matches(pattern, routeId)).flatMap(([, parts]) => parts))];
}
