import type { MiddlewareObj } from '@middy/core';
import type { RouteAccess } from '@trellis/shared/http/route-row';
import { AccessDenied } from '../../errors';
import type { ApiEvent, ApiResult, RouteContext } from '../api-event';
import type { AnyTarget, AuthBase, OwnedResolverMap, RouteDeps, TargetResolverMap } from '../route-deps';

/**
 * The one access check for every policy route: locate the target (its org path), load the orgs
 * on that path (to know which are disabled) and ask the shared policy, then run the row's
 * declared scope check. For an `own` route: the caller's own record, or 403. A missing target and a forbidden one get the same answer, so existence
 * never leaks.
 */
export function authorize<T extends TargetResolverMap, A extends AuthBase, O extends OwnedResolverMap>(
  access: RouteAccess,
  deps: Pick<RouteDeps<T, A, O>, 'targets' | 'owned' | 'scopes' | 'requireAccess'>,
): MiddlewareObj<ApiEvent, ApiResult, Error, RouteContext<A>> {
  return {
    before: async (request) => {
      if (access.kind === 'public' || access.kind === 'session') return;
      const state = request.context.trellis;
      const params = request.event.pathParameters ?? {};
      const id = params[access.param];
      if (!state.actor || !id) throw new AccessDenied();
      if (access.kind === 'own') {
        const own = await deps.owned[access.target](state.actor, id);
        if (!own) throw new AccessDenied();
        state.target = { path: own.path, record: own.record, pathOrgs: [] };
        return;
      }
      const located = await deps.targets[access.target](id);
      if (!located) throw new AccessDenied();
      const pathOrgs = await deps.requireAccess(state.actor, access.action, located.path, state.auth?.orgs);
      const record = 'record' in located ? located.record : located.fromPath(pathOrgs);
      if (record === undefined || record === null) throw new AccessDenied();
      if (access.scope) {
        const value = params[access.scope.param] ?? (state.input as Record<string, unknown> | undefined)?.[access.scope.param];
        const scopeId = typeof value === 'string' && value ? value : undefined;
        if (scopeId) {
          const target = { kind: access.target, record } as AnyTarget<T>;
          await deps.scopes[access.scope.check](state.actor, access.action, scopeId, target);
        } else if (!access.scope.optional) throw new AccessDenied();
      }
      state.target = { path: located.path, record, pathOrgs };
    },
  };
}
