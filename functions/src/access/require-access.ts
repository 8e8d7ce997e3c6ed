import { isAllowed, type Actor } from '@trellis/shared/access/policy';
import type { Action } from '@trellis/shared/access/roles';
import type { Org } from '@trellis/shared/orgs/org';
import { pathIds } from '@trellis/shared/orgs/path';
import { getOrgs } from '../adapters/dynamodb/org/org-store';
import { AccessDenied } from '../errors';
import { rememberOrgPaths } from './org-path-cache';

/**
 * The one access check against the database: loads the orgs on `path` (one BatchGet) to
 * know which are disabled, asks the shared policy, and returns those orgs (root first).
 * Used by the authorize middleware and by services that check a second target. `known`: orgs the
 * session read of this request already fetched (strongly consistent), used when they cover the path.
 */
export async function requireAccess(actor: Actor, action: Action, path: string, known?: ReadonlyMap<string, Org>): Promise<Org[]> {
  const ids = pathIds(path);
  // Read fresh with the session in this request (its BatchGetItem): no second read.
  const orgs = known && ids.every((id) => known.has(id)) ? known : await getOrgs(ids);
  rememberOrgPaths(orgs.values());
  const disabled = new Set(ids.filter((id) => orgs.get(id)?.status !== 'active'));
  if (!isAllowed(actor, action, { path }, disabled)) throw new AccessDenied();
  return ids.flatMap((id) => orgs.get(id) ?? []);
}
