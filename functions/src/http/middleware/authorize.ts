import type { MiddlewareObj } from '@middy/core';
import type { RouteAccess } from '@trellis/shared/http/routes';
import { AccessDenied } from '../../errors';
import type { ApiEvent, ApiResult, RouteContext } from '../api-event';
import { targetResolvers } from '../target-resolvers';
import { requireAccess } from '../access-check';

/**
 * The one access check for every policy route: resolve the target's org path, load the
 * orgs on it (to know which are disabled), and ask the shared policy. A missing target
 * and a forbidden one get the same answer, so existence never leaks.
 */
export function authorize(access: RouteAccess): MiddlewareObj<ApiEvent, ApiResult, Error, RouteContext> {
  return {
    before: async (request) => {
      if (access.kind !== 'policy') return;
      const state = request.context.trellis;
      const id = request.event.pathParameters?.[access.param];
      if (!state.actor || !id) throw new AccessDenied();
      const target = await targetResolvers[access.target](id);
      if (!target) throw new AccessDenied();
      const pathOrgs = await requireAccess(state.actor, access.action, target.path);
      state.target = { ...target, pathOrgs };
    },
  };
}
