import type { Role } from '../access/roles';
import { isSelfOrAncestorPath } from '../orgs/path';
import type { OrgType } from '../orgs/org-types';
import type { NoticeTargets } from './schemas';

/** A membership under the sender's subtree, as candidates for targeting. */
export interface Candidate {
  accountId: string;
  orgId: string;
  orgPath: string;
  orgType: OrgType;
  roles: Role[];
}

export interface Resolved {
  accountId: string;
  /** The membership the person is counted under in statistics (first match). */
  orgId: string;
  orgPath: string;
  roles: Role[];
}

/**
 * Resolves targets to recipients, once, at publish time. A membership matches when its org
 * is one of `orgs` or under one of `subtrees` (paths of those ids given), its org type is
 * in `orgTypes` (if any) and it holds one of `roles` (if any). Named people are added with
 * their first membership under the sender. Each person appears once.
 */
export function resolveRecipients(
  candidates: readonly Candidate[],
  targets: NoticeTargets,
  targetPaths: ReadonlyMap<string, string>,
): Resolved[] {
  const subtreePaths = targets.subtrees.flatMap((id) => targetPaths.get(id) ?? []);
  const orgIds = new Set(targets.orgs);
  const types = new Set(targets.orgTypes);
  const roles = new Set(targets.roles);
  const people = new Set(targets.people);
  const out = new Map<string, Resolved>();
  for (const c of candidates) {
    if (out.has(c.accountId)) continue;
    const inOrgs = orgIds.has(c.orgId) || subtreePaths.some((p) => isSelfOrAncestorPath(p, c.orgPath));
    const byOrg =
      inOrgs && (types.size === 0 || types.has(c.orgType)) && (roles.size === 0 || c.roles.some((r) => roles.has(r)));
    if (byOrg || people.has(c.accountId)) {
      out.set(c.accountId, { accountId: c.accountId, orgId: c.orgId, orgPath: c.orgPath, roles: c.roles });
    }
  }
  return [...out.values()];
}
