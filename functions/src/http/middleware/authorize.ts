import type { MiddlewareObj } from '@middy/core';
import { isAllowed } from '@trellis/shared/access/policy';
import type { RouteAccess } from '@trellis/shared/http/routes';
import { pathIds } from '@trellis/shared/org/path';
import { getOrgs } from '../../adapters/dynamodb/org-store';
import { AccessDenied } from '../../errors';
import type { ApiEvent, ApiResult, RouteContext } from '../api-event';
import { targetResolvers } from '../target-resolvers';

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
      const ids = pathIds(target.path);
      const orgs = await getOrgs(ids);
      const disabled = new Set(ids.filter((orgId) => orgs.get(orgId)?.status !== 'active'));
      if (!isAllowed(state.actor, access.action, target, disabled)) throw new AccessDenied();
      state.target = { ...target, pathOrgs: ids.flatMap((orgId) => orgs.get(orgId) ?? []) };
    },
  };
}
