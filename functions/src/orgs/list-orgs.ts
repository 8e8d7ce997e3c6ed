import type { Org, Page } from '@trellis/shared/orgs/org';
import { listChildOrgs, listSubtreeOrgs } from '../adapters/dynamodb/org/org-store';

/** One page of an org's direct sub-orgs. */
export function childOrgs(orgId: string, cursor?: string): Promise<Page<Org>> {
  return listChildOrgs(orgId, cursor);
}

/** One page of every org at or under `path`. */
export function subtreeOrgs(path: string, cursor?: string): Promise<Page<Org>> {
  return listSubtreeOrgs(path, cursor);
}
