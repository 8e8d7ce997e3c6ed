import { ACTIONS } from '../access/roles';
import type { RouteAccess, ScopeCheck, TargetKind } from './route-row';

/** The security scheme every non-public route requires: the session token from `auth.login`. */
export const BEARER_AUTH = 'bearerAuth';

/** Whose org path the policy checks for each target kind (functions/src/access/targets.ts). */
const TARGET_ORG: Record<TargetKind, (param: string) => string> = {
  org: (param) => `the org named by \`${param}\``,
  account: (param) => `the home org of the account named by \`${param}\``,
  application: (param) => `the parent org the application named by \`${param}\` applies under`,
  notice: (param) => `the org that sent the notice named by \`${param}\``,
  upload: (param) => `the org of the upload named by \`${param}\``,
  resource: (param) => `the school of the resource named by \`${param}\``,
  siteItem: (param) => `the org where the site item named by \`${param}\` was written`,
};

/** The declared second checks, in words (shared/src/http/route-row.ts `SCOPE_CHECKS`). */
const SCOPE_WORDS: Record<ScopeCheck, (action: string, param: string) => string> = {
  accountMemberships: (action, param) =>
    `The \`${action}\` action must also be allowed at the home org and at every org where the account named by \`${param}\` ` +
    'holds a membership; where it holds `admin`, only roles held strictly above that org count.',
  itemImage: (_action, param) => `The image named by \`${param}\` must be one of the site item's images, its upload completed.`,
  uploadOwner: () => 'Only the account that started the upload may act on it.',
  noticeDrillDown: (_action, param) => `When \`${param}\` is given, that org must lie in the notice's subtree.`,
};

/** The security requirement of a route: none for public routes, else the bearer token. */
export const securityOf = (access: RouteAccess): Record<string, string[]>[] => (access.kind === 'public' ? [] : [{ [BEARER_AUTH]: [] }]);

/** Who may call a route, in words, for the operation's description. */
export function describeAccess(access: RouteAccess): string {
  if (access.kind === 'public') return 'Public: no authentication.';
  if (access.kind === 'session') return 'Requires a signed-in session (bearer token); no further access check.';
  if (access.kind === 'own') {
    return `Requires a signed-in session; acts only on the caller's own ${access.target} named by \`${access.param}\` (anyone else's, or none, is refused with 403).`;
  }
  const action = ACTIONS[access.action];
  const org = TARGET_ORG[access.target](access.param);
  const where = action.below ? `at an org strictly above ${org}` : `at ${org} or one of its ancestors`;
  const roles = action.roles.map((role) => `\`${role}\``).join(', ');
  const lines = [`Requires the \`${access.action}\` action ${where} (roles: ${roles}).`];
  if (access.scope) {
    lines.push(SCOPE_WORDS[access.scope.check](access.action, access.scope.param));
  }
  lines.push('A target that does not exist is refused with 403 like a forbidden one, so existence never leaks.');
  return lines.join(' ');
}
