import type { Org } from '@trellis/shared/orgs/org';
import { getOrg } from '../adapters/dynamodb/org/org-store';
import { updateOrg, type OrgChanges } from '../adapters/dynamodb/org/org-writes';
import { AccessDenied } from '../errors';
import { ensureTypeChangeFits } from './parent-rule';

/** Applies changes if nobody changed the org since `expectedVersion`; returns the new state. */
export async function changeOrg(org: Org, expectedVersion: number, changes: OrgChanges): Promise<Org> {
  if (changes.type) await ensureTypeChangeFits(org, changes.type);
  await updateOrg(org, expectedVersion, changes);
  const updated = await getOrg(org.id);
  if (!updated) throw new AccessDenied();
  return updated;
}
