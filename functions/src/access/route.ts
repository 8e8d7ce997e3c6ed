import { isSelfOrAncestorPath } from '@trellis/shared/orgs/path';
import { getOrgs } from '../adapters/dynamodb/org/org-store';
import { AccessDenied } from '../errors';
import { resolveActor } from '../auth/resolve-actor';
import { verifyAssertion } from '../security/actor-assertion';
import { routeWith } from '../http/route-with';
import { requireAccess } from './require-access';
import { requireAccountScope } from './require-account-scope';
import { owned, targets } from './targets';
import { knownOrgPath } from './org-path-cache';
import { pathIds } from '@trellis/shared/orgs/path';

/**
 * `route(row, fn)` for every handler: the generic route machinery of `http/` bound to this
 * product's session lookup, target resolvers, declared scope checks and access policy.
 */
/** Routes that always read the session: the session read itself, and a password change (it needs the account fresh). */
const SESSION_READ_ROUTES = new Set(['auth.me', 'auth.password']);

export const route = routeWith({
  /** The session read of `auth.me` also loads the orgs of the memberships (names, status) for the view. */
  authenticate: (tokenHash, routeId, orgHint) => resolveActor(tokenHash, { withOrgs: routeId === 'auth.me', orgHint }),
  /** An org target whose path this container knows: its path's orgs come with the session read (one BatchGetItem for both). */
  orgHint: (access, params) => {
    if (access.kind !== 'policy' || access.target !== 'org') return [];
    const id = params[access.param];
    const path = id ? knownOrgPath(id) : undefined;
    return path ? pathIds(path) : [];
  },
  fromAssertion: (tokenHash, assertion, routeId) => (SESSION_READ_ROUTES.has(routeId) ? null : verifyAssertion(tokenHash, assertion)),
  targets,
  owned,
  requireAccess,
  scopes: {
    /** The action must also hold at the account's home org and every org where it holds a membership. */
    accountMemberships: async (actor, action, id, target) => {
      const loaded = target.kind === 'account' && target.record.account.id === id ? target.record : await loadAccount(id);
      await requireAccountScope(actor, action, { homeOrgPath: loaded.account.homeOrgPath, memberships: loaded.memberships });
    },
    /** The image must be one of the site item's images, its upload completed. */
    itemImage: async (_actor, _action, imageId, target) => {
      const image = target.kind === 'siteItem' && target.record.imageIds.includes(imageId) ? await targets.upload(imageId) : null;
      if (image?.record.status !== 'completed') throw new AccessDenied();
    },
    /** Only the person who started an upload may act on it (to anyone else it does not exist). */
    uploadOwner: (actor, _action, _id, target) =>
      target.kind === 'upload' && target.record.accountId === actor.accountId ? Promise.resolve() : Promise.reject(new AccessDenied()),
    /** A drill-down into one org of a notice's tree: the org must lie in the notice's subtree (unknown is answered alike). */
    noticeDrillDown: async (_actor, _action, orgId, target) => {
      const org = target.kind === 'notice' ? (await getOrgs([orgId])).get(orgId) : undefined;
      if (!org || target.kind !== 'notice' || !isSelfOrAncestorPath(target.record.notice.orgPath, org.path)) throw new AccessDenied();
    },
  },
});

async function loadAccount(id: string) {
  const located = await targets.account(id);
  if (!located) throw new AccessDenied();
  return located.record;
}
