import type { Org } from '@trellis/shared/orgs/org';
import { getOrg } from '../adapters/dynamodb/org/org-store';
import { updateOrg, type OrgChanges } from '../adapters/dynamodb/org/org-writes';
import { sitesChanged } from '../edge/public-paths-changed';
import { AccessDenied } from '../errors';
import { ensureTypeChangeFits } from './parent-rule';

/**
 * Applies changes if nobody changed the org since `expectedVersion`; returns the new state.
 * Name, intro, contact and region show on the org's site (every page: header, about, contact)
 * and in its parent's directory of sub-orgs, so both are invalidated at the edge.
 */
export async function changeOrg(org: Org, expectedVersion: number, changes: OrgChanges, parent?: Org): Promise<Org> {
  if (changes.type) await ensureTypeChangeFits(org, changes.type);
  await updateOrg(org, expectedVersion, changes);
  const updated = await getOrg(org.id);
  if (!updated) throw new AccessDenied();
  await sitesChanged('org-changed', [org.slug, updated.slug, ...(parent ? [parent.slug] : [])]);
  return updated;
}
