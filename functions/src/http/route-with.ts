import middy from '@middy/core';
import type { z } from 'zod';
import type { Actor } from '@trellis/shared/access/policy';
import type { RouteRow } from '@trellis/shared/http/route-row';
import type { Org } from '@trellis/shared/orgs/org';
import { AccessDenied, AuthRequired } from '../errors';
import { json, type ApiEvent, type ApiResult, type RouteContext, type RouteState } from './api-event';
import { authenticate } from './middleware/authenticate';
import { authorize } from './middleware/authorize';
import { errorResponse } from './middleware/error-response';
import { parseInput } from './middleware/parse-input';
import { requestLog } from './middleware/request-log';
import type { AuthBase, OwnedRecordOf, OwnedResolverMap, RecordOf, RouteDeps, TargetResolverMap } from './route-deps';
import { Status } from './status';

/** The record a row's access declaration resolves, typed from the target resolver maps. */
export type TargetOf<R extends RouteRow, T extends TargetResolverMap, O extends OwnedResolverMap> = R['access'] extends { kind: 'policy'; target: infer K }
  ? K extends keyof T
    ? RecordOf<T[K]>
    : never
  : R['access'] extends { kind: 'own'; target: infer K }
    ? K extends keyof O
      ? OwnedRecordOf<O[K]>
      : never
    : never;

export interface RouteCall<R extends RouteRow, T extends TargetResolverMap, A extends AuthBase, O extends OwnedResolverMap> {
  input: z.output<R['input']>;
  /** The acting account; throws 401 on public routes that need one. */
  actor: () => Actor;
  /** The target record of a policy or own route, and the orgs on its path (root first; none for own routes). */
  target: () => { record: TargetOf<R, T, O>; path: string; pathOrgs: Org[] };
  state: RouteState<A>;
}

/** What a handler returns: the 200 body, or a `Status` for another declared success status. */
export type RouteResult<R extends RouteRow> =
  | (R['output'] extends { 200: infer S extends z.ZodType } ? z.input<S> : never)
  | { [K in Exclude<keyof R['output'], 200>]: R['output'][K] extends infer S extends z.ZodType ? Status<K & number, z.input<S>> : never }[Exclude<
      keyof R['output'],
      200
    >];

/**
 * Binds the generic route machinery to its dependencies (target resolvers, scope checks,
 * authentication, the policy check) and returns `route(row, fn)`: a Lambda handler for one row
 * of the route table, the middy stack (request log, errors, authentication, input validation,
 * the access policy) around `fn`. Input and target types come from the row.
 */
export function routeWith<T extends TargetResolverMap, A extends AuthBase, O extends OwnedResolverMap>(deps: RouteDeps<T, A, O>) {
  return function route<const R extends RouteRow>(row: R, fn: (call: RouteCall<R, T, A, O>) => Promise<RouteResult<R>>) {
    return middy<ApiEvent, ApiResult, Error, RouteContext<A>>()
      .use(requestLog<A>(row.id))
      .use(errorResponse<A>())
      .use(authenticate(row.id, row.access, deps))
      .use(parseInput<A>(row.input))
      .use(authorize(row.access, deps))
      .handler(async (event, context) => {
        const state = context.trellis;
        const result = await fn({
          input: state.input as z.output<R['input']>,
          actor: () => {
            if (!state.actor) throw new AuthRequired();
            return state.actor;
          },
          target: () => {
            if (!state.target) throw new AccessDenied();
            return state.target as { record: TargetOf<R, T, O>; path: string; pathOrgs: Org[] };
          },
          state,
        });
        if (result instanceof Status) return json(result.statusCode, result.statusCode === 204 ? undefined : result.body);
        return json(200, result);
      });
  };
}
