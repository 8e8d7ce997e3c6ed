import type { MiddlewareObj } from '@middy/core';
import type { RouteAccess } from '@trellis/shared/http/routes';
import { AccessDenied } from '../../errors';
import type { ApiEvent, ApiResult, RouteContext } from '../api-event';
import { targetResolvers, type ResolvedTarget } from '../target-resolvers';
import { requireAccess } from '../access-check';
import { knownOrgPath } from '../org-path-cache';

/**
 * The one access check for every policy route: resolve the target's org path (an org's
 * from the container's cache when known), load the orgs on it (to know which are
 * disabled), and ask the shared policy. A missing target
 * and a forbidden one get the same answer, so existence never leaks.
 */
export function authorize(access: RouteAccess): MiddlewareObj<ApiEvent, ApiResult, Error, RouteContext> {
  return {
    before: async (request) => {
      if (access.kind !== 'policy') return;
      const state = request.context.trellis;
      const id = request.event.pathParameters?.[access.param];
      if (!state.actor || !id) throw new AccessDenied();
      // A known org's path comes from the container's cache: the path's BatchGet reads the org itself.
      const known = access.target === 'org' ? knownOrgPath(id) : undefined;
      const target: ResolvedTarget | null = known ? { path: known, record: null } : await targetResolvers[access.target](id);
      if (!target) throw new AccessDenied();
      const pathOrgs = await requireAccess(state.actor, access.action, target.path);
      await target.requireScope?.(state.actor, access.action);
      const record = target.record ?? pathOrgs.find((o) => o.id === id);
      if (!record) throw new AccessDenied();
      state.target = { ...target, record, pathOrgs };
    },
  };
}
