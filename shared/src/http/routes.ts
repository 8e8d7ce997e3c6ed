import { accountsRoutes } from '../accounts/routes';
import { applicationsRoutes } from '../applications/routes';
import { authRoutes } from '../auth/routes';
import { devRoutes } from '../dev/routes';
import { inboxRoutes } from '../inbox/routes';
import { membersRoutes } from '../members/routes';
import { noticesRoutes } from '../notices/routes';
import { orgsRoutes } from '../orgs/routes';
import { reportingRoutes } from '../reporting/routes';
import { resourcesRoutes } from '../resources/routes';
import { siteItemsRoutes } from '../site-items/routes';
import { sitesRoutes } from '../sites/routes';
import { todoRoutes } from '../todo/routes';
import { uploadsRoutes } from '../uploads/routes';


export type { RouteAccess, RouteRow } from './route-row';

/**
 * The one route table, the concatenation of each capability's `routes.ts`: the CDK HTTP API,
 * the local gateway, the web's typed client, the contract tests and openapi.json derive from it.
 */
const CAPABILITY_ROUTES = {
  auth: authRoutes,
  orgs: orgsRoutes,
  sites: sitesRoutes,
  accounts: accountsRoutes,
  applications: applicationsRoutes,
  notices: noticesRoutes,
  inbox: inboxRoutes,
  uploads: uploadsRoutes,
  resources: resourcesRoutes,
  reporting: reportingRoutes,
  siteItems: siteItemsRoutes,
  members: membersRoutes,
  todo: todoRoutes,
  dev: devRoutes,
} as const;

type Rows<T> = T[keyof T];
/** Every row, as a union of their literal types. */
export type AnyRoute = { [C in keyof typeof CAPABILITY_ROUTES]: Rows<(typeof CAPABILITY_ROUTES)[C]> }[keyof typeof CAPABILITY_ROUTES];
export type RouteId = AnyRoute['id'];
export type RouteOf<I extends RouteId> = Extract<AnyRoute, { id: I }>;

export const ROUTES: readonly AnyRoute[] = Object.values(CAPABILITY_ROUTES).flatMap((rows) => Object.values(rows) as AnyRoute[]);

const BY_ID = new Map<string, AnyRoute>(ROUTES.map((r) => [r.id, r]));

export function routeById<I extends RouteId>(id: I): RouteOf<I> {
  const route = BY_ID.get(id);
  if (!route) throw new Error(`unknown route ${id}`);
  return route as RouteOf<I>;
}

/** Fills `{param}` segments, URI-encoding each value. */
export function buildPath(path: string, params: Record<string, string>): string {
  return path.replace(/\{(\w+)\}/g, (_, name: string) => {
    const value = params[name];
    if (value === undefined) throw new Error(`missing path parameter ${name}`);
    return encodeURIComponent(value);
  });
}
