import { z } from 'zod';
import type { Action } from '../access/roles';

export type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

/** The records a policy route can act on; each is loaded from a path parameter and checked by its org path. */
export const TARGET_KINDS = ['org', 'account', 'application', 'notice', 'upload', 'resource', 'siteItem'] as const;
export type TargetKind = (typeof TARGET_KINDS)[number];

/**
 * Further scope checks a row may declare beside the policy on its target, applied by the
 * authorize middleware (handlers make no access decisions). `accountMemberships`: the action
 * must also be allowed at the account's home org and at every org where it holds a membership,
 * and an admin account is managed only from strictly above (shared/src/access/account-scope.ts).
 * `itemImage`: the image named by the parameter must be one of the site item's, its upload complete.
 * `uploadOwner`: only the account that started the upload may act on it.
 * `noticeDrillDown`: the org named by the parameter must lie in the notice's subtree.
 */
export const SCOPE_CHECKS = ['accountMemberships', 'itemImage', 'uploadOwner', 'noticeDrillDown'] as const;
export type ScopeCheck = (typeof SCOPE_CHECKS)[number];

/** Records a session route acts on only when they are the caller's own (`own` access): a notice's delivery to the caller. */
export const OWNED_KINDS = ['delivery'] as const;
export type OwnedKind = (typeof OWNED_KINDS)[number];

/**
 * Who may call a route. `policy` routes are checked by the one access policy against the
 * org path of the record that `target` resolves from the path parameter `param`; `scope`
 * adds a declared second check on the value of the input key `param` (a path parameter, or a
 * query/body key; with `optional`, the check is skipped when the key is absent). `own` routes
 * act on the caller's own record named by the path parameter (none: 403, as for a stranger's).
 */
export type RouteAccess =
  | { kind: 'public' }
  | { kind: 'session' }
  | { kind: 'own'; target: OwnedKind; param: string }
  | {
      kind: 'policy';
      action: Action;
      target: TargetKind;
      param: string;
      scope?: { check: ScopeCheck; param: string; optional?: true };
    };

/** Success statuses a route may answer with, each with the schema of its body (204: `z.null()`). */
export type RouteOutputs = { [S in 200 | 201 | 202 | 204]?: z.ZodType };

/**
 * One route, declared once: the CDK HTTP API, the local gateway, the handler's types, the web's
 * typed client, the contract tests and openapi.json all derive from this row.
 * The input schema covers path parameters, the query string and the JSON body together: path
 * parameters are the `{name}` segments of `path`; the other keys are the query string for GET
 * and DELETE, and the JSON body otherwise.
 */
export interface RouteRow {
  id: string;
  method: Method;
  /** API Gateway v2 style path with `{param}` segments. */
  path: string;
  /** Handler module under `functions/src/`, without extension; exports `handler`. */
  entry: string;
  access: RouteAccess;
  input: z.ZodType;
  output: RouteOutputs;
  /** One line for the API's readers (openapi.json). */
  summary: string;
  /** Only served by the local gateway (developer tools such as the SMS sink). */
  localOnly?: boolean;
}

/** Declares a route row, keeping its literal types (id, method, path, access, schemas) for inference. */
export function defineRoute<const R extends RouteRow>(row: R): R {
  return row;
}

/** The `{name}` segments of a path template, as a union of names. */
export type PathParamsOf<P extends string> = P extends `${string}{${infer K}}${infer Rest}` ? K | PathParamsOf<Rest> : never;

/** Where the non-path input keys of a method travel. */
export const inputsInQuery = (method: Method): boolean => method === 'GET' || method === 'DELETE';

/** The `{name}` segments of a path template, in order. */
export function pathParamNames(path: string): string[] {
  return [...path.matchAll(/\{(\w+)\}/g)].map((m) => m[1] as string);
}

/** The statuses a row answers with on success. */
export function successStatuses(row: Pick<RouteRow, 'output'>): number[] {
  return Object.keys(row.output).map(Number);
}

/** The schema a 204 declares: no body. */
export const noContent = z.null();
