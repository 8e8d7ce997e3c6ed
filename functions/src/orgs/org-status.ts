import type { Org } from '@trellis/shared/orgs/org';
import type { OrgStatus } from '@trellis/shared/orgs/org-types';
import { setOrgStatus } from '../adapters/dynamodb/org/org-writes';
import { sitesChanged } from '../edge/public-paths-changed';

/**
 * Disables or re-enables an org, recording who did it and why; returns the new state. Its site
 * and its parent's directory of sub-orgs are invalidated at the edge.
 */
export async function changeOrgStatus(orgId: string, status: OrgStatus, by: string, reason: string, parent?: Org): Promise<Org> {
  const org = await setOrgStatus(orgId, status, by, reason);
  await sitesChanged(status === 'disabled' ? 'org-disabled' : 'org-enabled', [org.slug, ...(parent ? [parent.slug] : [])]);
  return org;
}
