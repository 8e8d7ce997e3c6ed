import type { Actor } from '@trellis/shared/access/policy';
import { roleGrants, type Action } from '@trellis/shared/access/roles';
import { depthOf, isSelfOrAncestorPath } from '@trellis/shared/orgs/path';
import type { TrailEntry } from '@trellis/shared/reporting/states';
import { AccessDenied } from '../errors';

/** The actor as a report's trail records them: account, name and the level they act at. */
export interface Acting {
  actor: Actor;
  name: string;
  /** Depth of the shallowest org where they hold `action` over the report (1 national, 2 province). */
  depth: number;
}

/**
 * How `actor` (by its grants, the memberships it acts through) acts on a report at `path` for
 * `action`: at the shallowest org that grants it. `name` is the account's display name for the
 * trail (the account id when it has none).
 */
export function actingFor(actor: Actor, name: string | undefined, action: Action, path: string): Acting {
  const depths = actor.grants
    .filter((g) => roleGrants(g.role, action) && isSelfOrAncestorPath(g.orgPath, path))
    .map((g) => depthOf(g.orgPath));
  if (depths.length === 0) throw new AccessDenied();
  return { actor, name: name ?? actor.accountId, depth: Math.min(...depths) };
}

export function trailEntry(acting: Acting, action: TrailEntry['action'], from: TrailEntry['from'], to: TrailEntry['to'], reason: string | null, at: string): TrailEntry {
  return { at, by: acting.actor.accountId, byName: acting.name, atDepth: acting.depth, action, from, to, reason: reason || null };
}
