import type { Org } from '@trellis/shared/orgs/org';
import type { OrgStatus } from '@trellis/shared/orgs/org-types';
import { setOrgStatus } from '../adapters/dynamodb/org/org-writes';

/** Disables or re-enables an org, recording who did it and why; returns the new state. */
export function changeOrgStatus(orgId: string, status: OrgStatus, by: string, reason: string): Promise<Org> {
  return setOrgStatus(orgId, status, by, reason);
}
