import type { Actor } from '@trellis/shared/access/policy';
import type { Action } from '@trellis/shared/access/roles';
import type { OwnedKind, ScopeCheck, TargetKind } from '@trellis/shared/http/route-row';
import type { Org } from '@trellis/shared/orgs/org';
import type { RouteAccess } from '@trellis/shared/http/route-row';

/**
 * Where a policy route's target is: its org path, checked by the policy, and the record, either
 * loaded (`record`) or picked from the orgs on the path once the policy has loaded them
 * (`fromPath`: an org whose path the container already knows costs no extra read).
 */
export type Located<R> = { path: string; record: R } | { path: string; fromPath: (pathOrgs: Org[]) => R | undefined };

/** Loads a target from its path parameter; null means "no such thing" (answered as 403). */
export type TargetResolver<R> = (id: string) => Promise<Located<R> | null>;

export type TargetResolverMap = { [K in TargetKind]: TargetResolver<unknown> };

/** Loads the caller's own record named by a path parameter; null when the caller has none. */
export type OwnedResolver<R> = (actor: Actor, id: string) => Promise<{ path: string; record: R } | null>;
export type OwnedResolverMap = { [K in OwnedKind]: OwnedResolver<unknown> };
export type OwnedRecordOf<X> = X extends OwnedResolver<infer R> ? R : never;

export type RecordOf<X> = X extends TargetResolver<infer R> ? R : never;

/** A resolved target of any kind, tagged with its kind so scope checks narrow it without casts. */
export type AnyTarget<T extends TargetResolverMap> = { [K in TargetKind]: { kind: K; record: RecordOf<T[K]> } }[TargetKind];

/** The least an authenticated request must carry for the middleware. */
export interface AuthBase {
  actor: Actor;
  account: { mustChangePassword?: boolean };
  /** Orgs read fresh with the session (its BatchGetItem), by id: the policy's path read uses them. */
  orgs?: ReadonlyMap<string, Org>;
}

/**
 * What the generic route machinery (`http/`) is given by the composition root
 * (`access/route.ts`), so that `http/` depends on no capability or adapter.
 */
export interface RouteDeps<T extends TargetResolverMap, A extends AuthBase, O extends OwnedResolverMap = OwnedResolverMap> {
  /** Resolves a session token's hash to the acting account for route `routeId` (throws AuthRequired). */
  authenticate: (tokenHash: string, routeId: string, orgHint: readonly string[]) => Promise<A>;
  /**
   * The orgs a policy route will read for its check, when known before its target is (an org
   * target whose path the container has seen): the session read fetches them in its BatchGet.
   */
  orgHint: (access: RouteAccess, params: Record<string, string | undefined>) => string[];
  /**
   * The acting account from an assertion sent with the token (`x-trellis-assertion`), if it is
   * valid for this token and route; null makes the call read the session instead.
   */
  fromAssertion: (tokenHash: string, assertion: string, routeId: string) => A | null;
  targets: T;
  /** The `own` access kinds: the caller's own record. */
  owned: O;
  /** The declared second checks of `access.scope`: `id` is the path parameter it names. */
  scopes: { [S in ScopeCheck]: (actor: Actor, action: Action, id: string, target: AnyTarget<T>) => Promise<void> };
  /** Loads the orgs on `path` (root first), asks the policy, and throws AccessDenied if refused. */
  requireAccess: (actor: Actor, action: Action, path: string, known?: ReadonlyMap<string, Org>) => Promise<Org[]>;
}
