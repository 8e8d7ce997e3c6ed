import type { MiddlewareObj } from '@middy/core';
import type { RouteAccess } from '@trellis/shared/http/route-row';
import { AccessDenied, AuthRequired } from '../../errors';
import { sha256 } from '../../security/tokens';
import type { ApiEvent, ApiResult, RouteContext } from '../api-event';
import type { AuthBase, RouteDeps, TargetResolverMap } from '../route-deps';
import { ASSERTION_HEADER } from '@trellis/shared/auth/assertion';

/** Routes a person who must change a temporary password can still use. */
const ALLOWED_BEFORE_PASSWORD_CHANGE = new Set(['auth.me', 'auth.password', 'auth.logout']);

/**
 * Resolves the bearer token to an actor. Public routes skip it; others require it. A valid
 * actor assertion sent with the token stands for the session read (no DynamoDB request).
 */
export function authenticate<A extends AuthBase>(
  routeId: string,
  access: RouteAccess,
  deps: Pick<RouteDeps<TargetResolverMap, A>, 'authenticate' | 'fromAssertion' | 'orgHint'>,
): MiddlewareObj<ApiEvent, ApiResult, Error, RouteContext<A>> {
  return {
    before: async (request) => {
      if (access.kind === 'public') return;
      const header = request.event.headers?.authorization ?? '';
      const token = header.startsWith('Bearer ') ? header.slice(7).trim() : '';
      if (token.length < 20 || token.length > 100) throw new AuthRequired();
      const state = request.context.trellis;
      state.tokenHash = sha256(token);
      const assertion = request.event.headers?.[ASSERTION_HEADER];
      const asserted = assertion ? deps.fromAssertion(state.tokenHash, assertion, routeId) : null;
      const auth = asserted ?? (await deps.authenticate(state.tokenHash, routeId, deps.orgHint(access, request.event.pathParameters ?? {})));
      if (auth.account.mustChangePassword && !ALLOWED_BEFORE_PASSWORD_CHANGE.has(routeId)) {
        throw new AccessDenied('auth.password_change_required');
      }
      state.actor = auth.actor;
      state.auth = auth;
    },
  };
}
