import middy from '@middy/core';
import type { z } from 'zod';
import type { Actor } from '@trellis/shared/access/policy';
import { routeById, type RouteId } from '@trellis/shared/http/routes';
import type { Org } from '@trellis/shared/org/org';
import { AccessDenied, AuthRequired } from '../errors';
import { json, type ApiEvent, type ApiResult, type RouteContext, type RouteState } from './api-event';
import { authenticate } from './middleware/authenticate';
import { authorize } from './middleware/authorize';
import { errorResponse } from './middleware/error-response';
import { parseInput } from './middleware/parse-input';
import { requestLog } from './middleware/request-log';

export interface RouteCall<I> {
  input: I;
  /** The acting account; throws 401 on public routes that need one. */
  actor: () => Actor;
  /** The policy route's target record and the orgs on its path (root first). */
  target: <T>() => { record: T; path: string; pathOrgs: Org[] };
  state: RouteState;
}

/** A non-200 success (201 Created, 202 Accepted, 204 No Content). */
export class Status<T> {
  constructor(
    readonly statusCode: number,
    readonly body?: T,
  ) {}
}

/**
 * Builds a Lambda handler for one route of the route table: the middy stack (request log,
 * errors, authentication, input validation, the access policy) around `fn`.
 */
export function route<S extends z.ZodType, R>(
  id: RouteId,
  schema: S,
  fn: (call: RouteCall<z.infer<S>>) => Promise<R | Status<R>>,
) {
  const def = routeById(id);
  return middy<ApiEvent, ApiResult, Error, RouteContext>()
    .use(requestLog(id))
    .use(errorResponse())
    .use(authenticate(id, def.access))
    .use(parseInput(schema))
    .use(authorize(def.access))
    .handler(async (event, context) => {
      const state = context.trellis;
      const result = await fn({
        input: state.input as z.infer<S>,
        actor: () => {
          if (!state.actor) throw new AuthRequired();
          return state.actor;
        },
        target: <T,>() => {
          if (!state.target) throw new AccessDenied();
          return state.target as { record: T; path: string; pathOrgs: Org[] };
        },
        state,
      });
      if (result instanceof Status) return json(result.statusCode, result.body);
      return json(200, result);
    });
}
